/**
 * Runs `work`; still running after `afterMs`, it writes `still()` to stderr, and when it ends late,
 * `ended(ms)`. A teardown that runs into jest's timeout then says where it waited.
 */
export async function reportWhenSlow<T>(
  work: () => Promise<T>,
  afterMs: number,
  still: () => string,
  ended: (ms: number) => string,
): Promise<T> {
  const t0 = Date.now();
  const watchdog = setTimeout(() => process.stderr.write(`${still()}\n`), afterMs);
  try {
    return await work();
  } finally {
    clearTimeout(watchdog);
    const took = Date.now() - t0;
    if (took > afterMs) process.stderr.write(`${ended(took)}\n`);
  }
}
