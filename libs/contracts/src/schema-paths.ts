// Reading JSON Schemas of the contracts: property paths (for the personal-data guards and docs).

/** Every property name in a JSON Schema, with its path, through objects, arrays and unions. */
export function propertyPaths(schema: unknown, path = ''): string[] {
  if (!schema || typeof schema !== 'object') return [];
  const s = schema as Record<string, unknown>;
  const out: string[] = [];
  for (const [name, sub] of Object.entries((s.properties ?? {}) as Record<string, unknown>)) {
    const here = path ? `${path}.${name}` : name;
    out.push(here, ...propertyPaths(sub, here));
  }
  if (s.items) out.push(...propertyPaths(s.items, `${path}[]`));
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
    for (const sub of (s[key] ?? []) as unknown[]) out.push(...propertyPaths(sub, path));
  }
  return out;
}

/** `nip`, `nik` and compounds such as `penilaiNip` or `NIK_ibu`: never in a public event. */
export function namesNipOrNik(path: string): boolean {
  return path
    .split(/[.[\]]/)
    .flatMap((name) => name.split(/_|(?=[A-Z][a-z])/))
    .some((word) => /^(nip|nik)$/i.test(word));
}
