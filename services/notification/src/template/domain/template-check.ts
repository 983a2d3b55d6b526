import { FILTERS, scalar } from './filters';
import type { TemplateNode } from './template-syntax';

type Json = Record<string, unknown>;

/** Where a path leads in a JSON schema: the schemas it may have (several through a union). */
function resolve(schema: Json, path: string[]): Json[] {
  let current: Json[] = [schema];
  // `this` is the item itself inside {{#each}} (e.g. a list of bilingual texts).
  for (const segment of path[0] === 'this' ? path.slice(1) : path) {
    current = current.flatMap(branches).flatMap((s) => {
      const props = s.properties as Record<string, Json> | undefined;
      return props && segment in props ? [props[segment]] : [];
    });
    if (current.length === 0) return [];
  }
  return current.flatMap(branches);
}

// A union (anyOf/oneOf, e.g. `X | null`) is any of its non-null branches.
function branches(s: Json): Json[] {
  const union = (s.anyOf ?? s.oneOf) as Json[] | undefined;
  if (union) return union.flatMap(branches).filter((b) => b.type !== 'null');
  return [s];
}

/**
 * Problems of a template against the JSON schema of the event it renders: fields the event does
 * not have, `#each` over something that is not a list, filters that do not fit the field, and
 * `#if x=V` with a V the field can never hold. Empty when the template is sound.
 */
export function checkTemplate(nodes: TemplateNode[], schema: Json): string[] {
  const problems: string[] = [];
  const walk = (list: TemplateNode[], scope: Json) => {
    for (const node of list) {
      switch (node.kind) {
        case 'text':
          break;
        case 'var': {
          const found = resolve(scope, node.path);
          if (found.length === 0) {
            problems.push(`${node.raw}: the event has no field ${node.path.join('.')}`);
          } else if (node.filter !== null) {
            const filter = FILTERS[node.filter];
            if (!filter) problems.push(`${node.raw}: unknown filter "${node.filter}"`);
            else if (!found.some((s) => filter.accepts(s))) {
              problems.push(`${node.raw}: filter "${node.filter}" needs ${filter.expects}`);
            }
          } else if (found.every((s) => s.type === 'object' || s.type === 'array')) {
            problems.push(`${node.raw}: ${node.path.join('.')} is not a single value`);
          }
          break;
        }
        case 'each': {
          const lists = resolve(scope, node.path).filter((s) => s.type === 'array');
          if (lists.length === 0) {
            problems.push(`${node.raw}: the event has no list ${node.path.join('.')}`);
          } else {
            walk(node.body, lists[0].items as Json);
          }
          break;
        }
        case 'if': {
          const found = resolve(scope, node.path);
          if (found.length === 0) {
            problems.push(`${node.raw}: the event has no field ${node.path.join('.')}`);
          } else if (node.equals !== null) {
            const values = found.flatMap((s) =>
              Array.isArray(s.enum)
                ? (s.enum as unknown[]).map(String)
                : s.const !== undefined
                  ? [scalar(s.const)]
                  : [],
            );
            if (values.length > 0 && !values.includes(node.equals)) {
              problems.push(`${node.raw}: ${node.path.join('.')} is never "${node.equals}"`);
            }
          }
          walk(node.then, scope);
          walk(node.otherwise, scope);
          break;
        }
      }
    }
  };
  walk(nodes, schema);
  return problems;
}
