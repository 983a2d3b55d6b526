// Backward compatibility of a published event schema, seen from its consumers: a consumer written
// against the old schema must accept every message valid under the new one. So the new schema may
// add optional or required properties, relax nothing the old one relied on, and never widen an
// enum (an exhaustive switch in a consumer would break).
type Json = Record<string, unknown>;

const asObj = (v: unknown): Json => (v && typeof v === 'object' ? (v as Json) : {});
const types = (s: Json): string[] =>
  s.type === undefined ? [] : Array.isArray(s.type) ? (s.type as string[]) : [s.type as string];

export function compatibilityProblems(
  oldSchema: unknown,
  newSchema: unknown,
  path = '$',
): string[] {
  const o = asObj(oldSchema);
  const n = asObj(newSchema);
  const problems: string[] = [];

  const ot = types(o);
  const nt = types(n);
  if (ot.length > 0) {
    const widened = nt.length === 0 ? ['any'] : nt.filter((t) => !ot.includes(t));
    if (widened.length > 0) problems.push(`${path}: type widened to ${widened.join(', ')}`);
  }

  if (Array.isArray(o.enum)) {
    const oldValues = new Set((o.enum as unknown[]).map((v) => JSON.stringify(v)));
    const added = Array.isArray(n.enum)
      ? (n.enum as unknown[]).filter((v) => !oldValues.has(JSON.stringify(v)))
      : ['(any value)'];
    if (added.length > 0) problems.push(`${path}: enum gained ${added.map(String).join(', ')}`);
  }
  if ('const' in o && JSON.stringify(o.const) !== JSON.stringify(n.const)) {
    problems.push(`${path}: const changed`);
  }

  for (const key of ['pattern', 'format'] as const) {
    if (o[key] !== undefined && o[key] !== n[key]) problems.push(`${path}: ${key} changed`);
  }
  for (const key of ['minLength', 'minimum', 'minItems', 'exclusiveMinimum'] as const) {
    if (typeof o[key] === 'number' && !(typeof n[key] === 'number' && n[key] >= o[key])) {
      problems.push(`${path}: ${key} relaxed`);
    }
  }
  for (const key of ['maxLength', 'maximum', 'maxItems', 'exclusiveMaximum'] as const) {
    if (typeof o[key] === 'number' && !(typeof n[key] === 'number' && n[key] <= o[key])) {
      problems.push(`${path}: ${key} relaxed`);
    }
  }

  const oldRequired = (o.required as string[] | undefined) ?? [];
  const newRequired = new Set((n.required as string[] | undefined) ?? []);
  for (const r of oldRequired) {
    if (!newRequired.has(r)) problems.push(`${path}.${r}: no longer required`);
  }

  const oldProps = asObj(o.properties);
  const newProps = asObj(n.properties);
  for (const [name, oldProp] of Object.entries(oldProps)) {
    if (!(name in newProps)) {
      problems.push(`${path}.${name}: property removed`);
      continue;
    }
    problems.push(...compatibilityProblems(oldProp, newProps[name], `${path}.${name}`));
  }
  if (o.additionalProperties === false) {
    for (const name of Object.keys(newProps)) {
      if (!(name in oldProps))
        problems.push(`${path}.${name}: added where the old schema forbade extras`);
    }
    if (n.additionalProperties !== false)
      problems.push(`${path}: additionalProperties now allowed`);
  }

  if (o.items !== undefined) problems.push(...compatibilityProblems(o.items, n.items, `${path}[]`));

  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
    if (o[key] === undefined || JSON.stringify(o[key]) === JSON.stringify(n[key])) continue;
    const [before, after] = [o[key], n[key]];
    // The same branches, each changed compatibly (e.g. an optional field added to the object of
    // a `T | null`), is compatible; anything else (a branch added, removed or reordered) is not
    // decided here.
    if (Array.isArray(before) && Array.isArray(after) && before.length === after.length) {
      before.forEach((branch: unknown, i) =>
        problems.push(...compatibilityProblems(branch, after[i], `${path}.${key}[${i}]`)),
      );
    } else problems.push(`${path}: ${key} changed (review by hand)`);
  }
  return problems;
}
