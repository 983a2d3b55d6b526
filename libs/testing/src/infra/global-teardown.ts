// Stops containers started by the global setup (local processes are left running for the next
// run; `npm run infra:down` stops them).
export default async function globalTeardown(): Promise<void> {
  const g = globalThis as { __JENJANG_CONTAINERS__?: { stop(): Promise<unknown> }[] };
  await Promise.all((g.__JENJANG_CONTAINERS__ ?? []).map((c) => c.stop()));
}
