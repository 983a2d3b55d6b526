import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

// What the alert rules and dashboards of deploy/ query, for the tests that hold them to the code
// (scripts/observability.spec.ts) and to the running services (test/e2e/observability.e2e-spec.ts).

// Series that come from elsewhere, with where from.
export const EXTERNAL = new Map([
  ['up', 'Prometheus itself'],
  ['kafka_consumergroup_lag', 'kafka-exporter'],
  ['kafka_topic_partition_current_offset', 'kafka-exporter'],
  ['nodejs_eventloop_lag_p99_seconds', "prom-client's default metrics"],
  ['process_resident_memory_bytes', "prom-client's default metrics"],
]);
const PROMQL_WORDS = new Set([
  'sum',
  'max',
  'min',
  'avg',
  'by',
  'without',
  'rate',
  'increase',
  'delta',
  'histogram_quantile',
  'label_values',
  'and',
  'or',
  'unless',
  'on',
  'ignoring',
]);

/** Metric names a PromQL expression reads. */
export function metricsIn(expr: string): string[] {
  const bare = expr
    .replace(/"(?:[^"\\]|\\.)*"/g, '""')
    .replace(/\{[^}]*\}/g, '')
    .replace(/\b(by|without|on|ignoring)\s*\([^)]*\)/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/(?<![A-Za-z0-9_:])\d+(?:\.\d+)?(?:e[+-]?\d+)?/gi, '0');
  const tokens = bare.match(/[a-zA-Z_:][a-zA-Z0-9_:]*/g) ?? [];
  return [...new Set(tokens.filter((t) => !PROMQL_WORDS.has(t) && !/^\d/.test(t)))];
}

export interface AlertRule {
  alert: string;
  expr: string;
}

/** The rules of deploy/prometheus/alerts.yml. */
export function alertRules(root: string): AlertRule[] {
  const file = parse(readFileSync(join(root, 'deploy/prometheus/alerts.yml'), 'utf8')) as {
    groups: { rules: AlertRule[] }[];
  };
  return file.groups.flatMap((g) => g.rules);
}
