import { Counter, Histogram, register } from 'prom-client';

// Get-or-create: a second module instance (tests) must not crash on registration.
function metric<T>(name: string, make: () => T): T {
  return (register.getSingleMetric(name) as T | undefined) ?? make();
}

export const deliveryMetrics = {
  attempts: metric(
    'jenjang_notification_attempts_total',
    () =>
      new Counter({
        name: 'jenjang_notification_attempts_total',
        help: 'Delivery attempts by channel and outcome (delivered, retry, failed)',
        labelNames: ['channel', 'outcome'],
      }),
  ),
  latency: metric(
    'jenjang_notification_delivery_seconds',
    () =>
      new Histogram({
        name: 'jenjang_notification_delivery_seconds',
        help: 'From the notice being stored to its channel accepting it (first send, no digest)',
        labelNames: ['channel'],
        buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 1800, 7200],
      }),
  ),
};

/**
 * A delivery its channel accepted at `at`: counted, and for a first round (not a resend) timed
 * from when the notice was stored.
 */
export function countDelivered(
  d: { channel: string; createdAt: Date; round: number },
  at: Date,
): void {
  deliveryMetrics.attempts.inc({ channel: d.channel, outcome: 'delivered' });
  if (d.round === 1) {
    const seconds = Math.max(0, (at.getTime() - d.createdAt.getTime()) / 1000);
    deliveryMetrics.latency.observe({ channel: d.channel }, seconds);
  }
}
