/** Polls until `check` returns a truthy value; fails with `what` after the timeout. */
export async function waitUntil<T>(
  what: string,
  check: () => Promise<T | undefined | null | false> | T | undefined | null | false,
  timeoutMs = 30_000,
  everyMs = 200,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, everyMs));
  }
  throw new Error(
    `timed out after ${timeoutMs} ms waiting for ${what}${last instanceof Error ? `: ${last.message}` : ''}`,
  );
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * Waits until a service's outbox relay has published everything staged so far (an in-process
 * app's `app.get(OutboxRelay)`): together with a recorder's `caughtUp()`, a count of published
 * events taken afterwards must stay put.
 */
export async function outboxDrained(
  relay: { pending(): Promise<number> },
  timeoutMs = 30_000,
): Promise<void> {
  await waitUntil(
    'the outbox to be drained',
    async () => (await relay.pending()) === 0,
    timeoutMs,
    50,
  );
}

/**
 * Waits until no document of a collection in a database (by URI) matches the filter: for a
 * service in another process, "nothing left in flight" (staged events, deliveries due).
 */
export async function waitForNoneIn(
  databaseUri: string,
  what: string,
  queries: { collection: string; filter: Record<string, unknown> }[],
  timeoutMs = 30_000,
): Promise<void> {
  const { createConnection } = await import('mongoose');
  const connection = await createConnection(databaseUri).asPromise();
  try {
    const count = async () => {
      let total = 0;
      for (const q of queries) {
        total += await connection.collection(q.collection).countDocuments(q.filter);
      }
      return total;
    };
    await waitUntil(what, async () => (await count()) === 0, timeoutMs, 100);
  } finally {
    await connection.close();
  }
}

/** outboxDrained for a service in another process: its collections by database URI. */
export function outboxDrainedIn(
  databaseUri: string,
  collections: string[],
  timeoutMs = 30_000,
): Promise<void> {
  return waitForNoneIn(
    databaseUri,
    'the outbox to be drained',
    collections.map((collection) => ({ collection, filter: { 'outbox.0': { $exists: true } } })),
    timeoutMs,
  );
}
