/**
 * Whether a parsed JSON value nests deeper than `limit` (a scalar is depth 0, `[]` and `{}` are
 * depth 1). Walks with its own stack, not the call stack: it exists to run before the code that
 * recurses (class-transformer, the idempotency fingerprint), so it must not overflow itself.
 */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (next.value === null || typeof next.value !== 'object') continue;
    const depth = next.depth + 1;
    if (depth > limit) return true;
    const children = Array.isArray(next.value)
      ? (next.value as unknown[])
      : Object.values(next.value as Record<string, unknown>);
    for (const child of children) {
      if (child !== null && typeof child === 'object') stack.push({ value: child, depth });
    }
  }
  return false;
}
