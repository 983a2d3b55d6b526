/** A periodic sweep's scans take at most 1/SWEEP_SPACING of the time (0.5 %). */
export const SWEEP_SPACING = 200;
/** However slow its scans, a periodic sweep runs at least this often (unless `sweepMs` is longer). */
export const MAX_SWEEP_MS = 10 * 60_000;

/**
 * How long after a periodic sweep begins the next one does: `sweepMs`, or longer when the last
 * sweep's scans were slow, so that they take at most 1/SWEEP_SPACING of the time, and at most
 * MAX_SWEEP_MS (or `sweepMs`, if longer).
 *
 * The periodic sweep is a safety net (what no signal announced: another replica that died
 * before publishing, a write the hooks cannot see); on the development store it reads every
 * document of each outbox collection, so once a minute its cost grew with the data: at 50,000
 * appraisals a sixth of the store's CPU (77 s of 482), 0.4 to 1.2 s a scan.
 */
export function sweepInterval(sweepMs: number, lastScanMs: number): number {
  return Math.max(sweepMs, Math.min(MAX_SWEEP_MS, SWEEP_SPACING * lastScanMs));
}
