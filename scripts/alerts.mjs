// Renders the Prometheus alert rules from deploy/prometheus/thresholds.yaml (the one place for
// thresholds) into
//   deploy/prometheus/alerts.yml                         rule file (docker-compose's Prometheus)
//   deploy/k8s/base/monitoring/prometheus-rule.yaml      PrometheusRule (Prometheus Operator)
//
//   node scripts/alerts.mjs           write both
//   node scripts/alerts.mjs --check   exit 1 when either differs from what it would write
//
// The services label their series with `service` (compose's scrape labels; in Kubernetes the
// ServiceMonitor's Service name). Every alert has a runbook section in docs/operations.md.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const THRESHOLDS = path.join(ROOT, 'deploy/prometheus/thresholds.yaml');
export const RULE_FILE = path.join(ROOT, 'deploy/prometheus/alerts.yml');
export const PROMETHEUS_RULE = path.join(ROOT, 'deploy/k8s/base/monitoring/prometheus-rule.yaml');

const SERVICES = 'evaluation|competency|training|career-planning|notification';

// name → severity, what it says, and the expression given its threshold.
const RULES = {
  JenjangServiceDown: {
    severity: 'critical',
    summary: 'A Jenjang service does not answer its metrics scrape',
    expr: () => `up{service=~"${SERVICES}"} == 0`,
  },
  JenjangHttpErrorRatio: {
    severity: 'critical',
    summary: 'More than {{ $value | humanizePercentage }} of HTTP answers are server errors',
    expr: (v) =>
      `sum by (service) (rate(http_server_request_duration_seconds_count{status_code=~"5.."}[5m]))\n` +
      `  / sum by (service) (rate(http_server_request_duration_seconds_count[5m])) > ${v}`,
  },
  JenjangHttpLatencyP95: {
    severity: 'warning',
    summary: '95th percentile of HTTP duration is {{ $value | humanizeDuration }}',
    expr: (v) =>
      `histogram_quantile(0.95, sum by (service, route, le) ` +
      `(rate(http_server_request_duration_seconds_bucket{route!="unmatched"}[5m]))) > ${v}`,
  },
  JenjangConsumerLag: {
    severity: 'warning',
    summary: 'A consumer group is {{ $value }} messages behind on a topic',
    expr: (v) => `sum by (service, group, topic) (jenjang_consumer_lag_messages) > ${v}`,
  },
  JenjangConsumerGroupLag: {
    severity: 'critical',
    summary: 'The brokers see a Jenjang consumer group {{ $value }} messages behind',
    expr: (v) =>
      `sum by (consumergroup, topic) (kafka_consumergroup_lag{consumergroup=~"jenjang\\\\..+"}) > ${v}`,
  },
  JenjangHandlerDurationP95: {
    severity: 'warning',
    summary: '95th percentile of an event handler is {{ $value | humanizeDuration }}',
    expr: (v) =>
      `histogram_quantile(0.95, sum by (service, group, topic, le) ` +
      `(rate(jenjang_event_handler_duration_seconds_bucket[10m]))) > ${v}`,
  },
  JenjangRetryRate: {
    severity: 'warning',
    summary: 'Events are being retried at {{ $value }} per second',
    expr: (v) => `sum by (service, group, topic) (rate(jenjang_events_retried_total[10m])) > ${v}`,
  },
  JenjangDeadLettered: {
    severity: 'critical',
    summary: '{{ $value }} events went to a dead-letter topic in 15 minutes',
    expr: (v) =>
      `sum by (service, group, topic, reason) (increase(jenjang_events_dead_lettered_total[15m])) > ${v}`,
  },
  JenjangDlqTopicGrowing: {
    severity: 'warning',
    summary: 'Dead-letter topic {{ $labels.topic }} grew by {{ $value }} messages in 15 minutes',
    expr: (v) =>
      `sum by (topic) (delta(kafka_topic_partition_current_offset{topic=~".+\\\\.dlq"}[15m])) > ${v}`,
  },
  JenjangOutboxBacklog: {
    severity: 'warning',
    summary: '{{ $value }} aggregates have events waiting to be published',
    expr: (v) => `max by (service, collection) (jenjang_outbox_backlog_documents) > ${v}`,
  },
  JenjangOutboxOldestAge: {
    severity: 'critical',
    summary: 'An event has waited {{ $value | humanizeDuration }} in the outbox',
    expr: (v) => `max by (service, collection) (jenjang_outbox_oldest_age_seconds) > ${v}`,
  },
  JenjangNotificationFailureRatio: {
    severity: 'warning',
    summary: '{{ $value | humanizePercentage }} of {{ $labels.channel }} deliveries fail for good',
    expr: (v) =>
      `sum by (channel) (rate(jenjang_notification_attempts_total{outcome="failed"}[15m]))\n` +
      `  / sum by (channel) (rate(jenjang_notification_attempts_total[15m])) > ${v}`,
  },
  JenjangNotificationRetryRatio: {
    severity: 'warning',
    summary: '{{ $value | humanizePercentage }} of {{ $labels.channel }} attempts are retried',
    expr: (v) =>
      `sum by (channel) (rate(jenjang_notification_attempts_total{outcome="retry"}[15m]))\n` +
      `  / sum by (channel) (rate(jenjang_notification_attempts_total[15m])) > ${v}`,
  },
};

export function loadThresholds(file = THRESHOLDS) {
  return YAML.parse(fs.readFileSync(file, 'utf8'));
}

/** The rule group, from the thresholds; throws when a rule and a threshold do not pair up. */
export function renderRules(thresholds = loadThresholds()) {
  const missing = Object.keys(RULES).filter((name) => !(name in thresholds));
  const unknown = Object.keys(thresholds).filter((name) => !(name in RULES));
  if (missing.length || unknown.length) {
    throw new Error(
      `thresholds.yaml and scripts/alerts.mjs disagree: missing ${missing.join(', ') || '-'}, ` +
        `unknown ${unknown.join(', ') || '-'}`,
    );
  }
  const rules = Object.entries(RULES).map(([alert, rule]) => {
    const { value, for: duration } = thresholds[alert];
    return {
      alert,
      expr: rule.expr(value),
      for: duration ?? '0m',
      labels: { severity: rule.severity, team: 'jenjang' },
      annotations: {
        summary: rule.summary,
        runbook_url: `docs/operations.md#${alert.toLowerCase()}`,
      },
    };
  });
  return { groups: [{ name: 'jenjang', rules }] };
}

const HEADER =
  '# Generated by `node scripts/alerts.mjs` from deploy/prometheus/thresholds.yaml: edit those.\n';

// Written as prettier would format it, so `npm run format:check` and --check agree.
async function formatted(file, text) {
  const prettier = await import('prettier');
  const options = (await prettier.resolveConfig(file)) ?? {};
  return prettier.format(text, { ...options, filepath: file });
}

export async function renderFiles() {
  const group = renderRules();
  const prometheusRule = {
    apiVersion: 'monitoring.coreos.com/v1',
    kind: 'PrometheusRule',
    metadata: { name: 'jenjang-alerts', labels: { 'app.kubernetes.io/part-of': 'jenjang' } },
    spec: group,
  };
  const opts = { lineWidth: 0 };
  return {
    [RULE_FILE]: await formatted(RULE_FILE, HEADER + YAML.stringify(group, opts)),
    [PROMETHEUS_RULE]: await formatted(
      PROMETHEUS_RULE,
      HEADER + YAML.stringify(prometheusRule, opts),
    ),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const [file, text] of Object.entries(await renderFiles())) {
    const now = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    if (now === text) continue;
    if (check) {
      console.error(`${path.relative(ROOT, file)} is out of date: run node scripts/alerts.mjs`);
      stale++;
    } else {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, text);
      console.log(`wrote ${path.relative(ROOT, file)}`);
    }
  }
  process.exit(stale ? 1 : 0);
}
