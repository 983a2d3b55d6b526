import { FILTERS, scalar, type RenderContext } from './filters';
import type { TemplateNode } from './template-syntax';

function valueAt(data: unknown, path: string[]): unknown {
  let current = data;
  for (const segment of path[0] === 'this' ? path.slice(1) : path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

const truthy = (v: unknown): boolean =>
  v !== undefined && v !== null && v !== false && v !== '' && !(Array.isArray(v) && v.length === 0);

/** Renders a parsed template with an event's data; a missing optional field renders as nothing. */
export function renderTemplate(nodes: TemplateNode[], data: unknown, ctx: RenderContext): string {
  let out = '';
  for (const node of nodes) {
    switch (node.kind) {
      case 'text':
        out += node.text;
        break;
      case 'var': {
        const value = valueAt(data, node.path);
        if (value === undefined || value === null) break;
        const filter = node.filter === null ? undefined : FILTERS[node.filter];
        out += filter ? filter.apply(value, ctx) : scalar(value);
        break;
      }
      case 'each': {
        const list = valueAt(data, node.path);
        if (Array.isArray(list))
          for (const item of list) out += renderTemplate(node.body, item, ctx);
        break;
      }
      case 'if': {
        const value = valueAt(data, node.path);
        const holds = node.equals === null ? truthy(value) : scalar(value) === node.equals;
        out += renderTemplate(holds ? node.then : node.otherwise, data, ctx);
        break;
      }
    }
  }
  return out;
}

/** Collapses the blank lines conditional sections leave behind; texts stay short on a phone. */
export function tidy(text: string): string {
  return text
    .split('\n')
    .map((l) => l.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
