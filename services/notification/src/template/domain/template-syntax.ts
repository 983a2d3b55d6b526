// A small, logic-less template language, parsed once so that a template can be checked against
// the event's JSON schema when it is saved and rendered many times after:
//   {{path.to.field}}            the value (escaped in HTML)
//   {{path|filter}}              a value through a filter (labels, dates, links; see filters.ts)
//   {{#each path}}…{{/each}}     repeat for each item; paths inside are relative to the item
//   {{#if path}}…{{else}}…{{/if}}          present, non-empty, not false/null
//   {{#if path=VALUE}}…{{/if}}   equals a value (checked against the field's enum)
export type TemplateNode =
  | { kind: 'text'; text: string }
  | { kind: 'var'; path: string[]; filter: string | null; raw: string }
  | { kind: 'each'; path: string[]; raw: string; body: TemplateNode[] }
  | {
      kind: 'if';
      path: string[];
      equals: string | null;
      raw: string;
      then: TemplateNode[];
      otherwise: TemplateNode[];
    };

export class TemplateSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TemplateSyntaxError';
  }
}

const TAG = /\{\{\s*([^}]*?)\s*\}\}/g;
const PATH = /^[A-Za-z_$][A-Za-z0-9_]*(\.[A-Za-z_$][A-Za-z0-9_]*)*$/;

function pathOf(expr: string, raw: string): string[] {
  if (!PATH.test(expr)) throw new TemplateSyntaxError(`"${raw}" is not a field path`);
  return expr.split('.');
}

type Frame =
  | { kind: 'root'; nodes: TemplateNode[] }
  | { kind: 'each'; node: Extract<TemplateNode, { kind: 'each' }>; nodes: TemplateNode[] }
  | {
      kind: 'if';
      node: Extract<TemplateNode, { kind: 'if' }>;
      nodes: TemplateNode[];
      inElse: boolean;
    };

export function parseTemplate(source: string): TemplateNode[] {
  const root: Frame = { kind: 'root', nodes: [] };
  const stack: Frame[] = [root];
  const top = (): Frame => stack[stack.length - 1];
  let last = 0;
  for (const match of source.matchAll(TAG)) {
    const at = match.index;
    if (at > last) top().nodes.push({ kind: 'text', text: source.slice(last, at) });
    last = at + match[0].length;
    const raw = match[0];
    const expr = match[1];
    if (expr.startsWith('#each ')) {
      const node = {
        kind: 'each' as const,
        path: pathOf(expr.slice(6).trim(), raw),
        raw,
        body: [],
      };
      top().nodes.push(node);
      stack.push({ kind: 'each', node, nodes: node.body });
    } else if (expr.startsWith('#if ')) {
      const [field, equals] = expr.slice(4).trim().split('=', 2);
      const node = {
        kind: 'if' as const,
        path: pathOf(field.trim(), raw),
        equals: equals === undefined ? null : equals.trim(),
        raw,
        then: [] as TemplateNode[],
        otherwise: [] as TemplateNode[],
      };
      top().nodes.push(node);
      stack.push({ kind: 'if', node, nodes: node.then, inElse: false });
    } else if (expr === 'else') {
      const frame = top();
      if (frame.kind !== 'if' || frame.inElse)
        throw new TemplateSyntaxError('{{else}} outside {{#if}}');
      frame.inElse = true;
      frame.nodes = frame.node.otherwise;
    } else if (expr === '/each' || expr === '/if') {
      const frame = top();
      if (frame.kind !== expr.slice(1)) throw new TemplateSyntaxError(`${raw} closes nothing open`);
      stack.pop();
    } else {
      const [field, filter] = expr.split('|', 2);
      top().nodes.push({
        kind: 'var',
        path: pathOf(field.trim(), raw),
        filter: filter === undefined ? null : filter.trim(),
        raw,
      });
    }
  }
  if (last < source.length) top().nodes.push({ kind: 'text', text: source.slice(last) });
  if (stack.length > 1) throw new TemplateSyntaxError(`{{#${top().kind}}} is never closed`);
  return root.nodes;
}
