import { join } from 'node:path';
import { SharedPlatform } from '@jenjang/testing';
import { alertRules, EXTERNAL, metricsIn } from '../../scripts/promql-metrics';

// The alert rules of deploy/prometheus query metrics by name; here the five running services'
// /metrics must expose every one of them that is not an exporter's (a rule on a metric that no
// process serves would never fire).
const ROOT = join(__dirname, '..', '..');
// The services that consume and publish events (the alert rules' subject).
const SERVICES = [
  'evaluation',
  'competency',
  'training',
  'career-planning',
  'notification',
] as const;

describe('alert rules against the running services', () => {
  const platform = SharedPlatform.attach();

  it('should find every metric an alert queries in some service /metrics', async () => {
    const exposed = new Set<string>();
    for (const name of SERVICES) {
      const text = await fetch(`${platform.url(name)}/metrics`).then(
        (res) => res.text(),
        (error: unknown) => {
          throw new Error(`${name} /metrics: ${String((error as Error).cause ?? error)}`);
        },
      );
      for (const [, metric] of text.matchAll(/^# TYPE (\S+) (\w+)$/gm)) exposed.add(metric);
    }
    const wanted = alertRules(ROOT)
      .flatMap((rule) => metricsIn(rule.expr))
      .filter((metric) => !EXTERNAL.has(metric))
      .map((metric) => (exposed.has(metric) ? metric : metric.replace(/_(bucket|count|sum)$/, '')));
    expect(wanted.length).toBeGreaterThan(5);
    expect([...new Set(wanted)].filter((metric) => !exposed.has(metric))).toEqual([]);
  });
});
