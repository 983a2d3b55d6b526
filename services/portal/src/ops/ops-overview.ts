/** One service at a glance, as the province admin's operations screen shows it. */
export interface ServiceStatus {
  service: string;
  live: boolean | null;
  ready: boolean | null;
  /** Events this service's replica sent to a dead-letter topic since it started; null: unknown. */
  deadLettered: number | null;
}

const DEAD_LETTERED = 'jenjang_events_dead_lettered_total';

/** The sum of a counter over all its label sets in a Prometheus text exposition. */
export function counterSum(metrics: string, name: string = DEAD_LETTERED): number {
  let sum = 0;
  for (const line of metrics.split('\n')) {
    if (!line.startsWith(name) || line.startsWith('#')) continue;
    const rest = line.slice(name.length);
    if (rest[0] !== '{' && rest[0] !== ' ') continue;
    const value = Number(line.slice(line.lastIndexOf(' ') + 1));
    if (Number.isFinite(value)) sum += value;
  }
  return sum;
}
