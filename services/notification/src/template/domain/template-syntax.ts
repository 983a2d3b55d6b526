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

/** A `{{ expr }}` tag: where it starts, its whole text, and the trimmed expression inside. */
export interface TagMatch {
  index: number;
  raw: string;
  expr: string;
}

/**
 * Finds the tags in one pass. A tag is `{{`, then anything but `}`, then `}}`; what is inside is
 * trimmed. A hand-written scanner, not a regex: the pattern `\{\{\s*([^}]*?)\s*\}\}` backtracked
 * cubically on `{{` followed by many spaces (seconds for a few thousand characters, minutes at the
 * 10,000-character limit), stalling the event loop of every agency.
 * Linear: each search resumes after the last `}` it looked at, so no character is read twice.
 */
export function* scanTags(source: string): Generator<TagMatch> {
  let from = 0;
  for (;;) {
    const open = source.indexOf('{{', from);
    if (open < 0) return;
    const close = source.indexOf('}', open + 2);
    // No `}` after this `{{`: none after any later `{{` either.
    if (close < 0) return;
    if (source.charCodeAt(close + 1) === 0x7d) {
      const raw = source.slice(open, close + 2);
      yield { index: open, raw, expr: source.slice(open + 2, close).trim() };
      from = close + 2;
    } else {
      // A lone `}`: no tag can start before it and contain it, so resume after it.
      from = close + 1;
    }
  }
}
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
  for (const { index: at, raw, expr } of scanTags(source)) {
    if (at > last) top().nodes.push({ kind: 'text', text: source.slice(last, at) });
    last = at + raw.length;
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
