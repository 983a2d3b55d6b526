import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { EXTERNAL, metricsIn } from './promql-metrics';

// The alert rules and dashboards of deploy/ name metrics by string; nothing else connects them to
// the code. This reads every metric the code registers (prom-client `name: '…'` in libs/ and
// services/) and fails on an alert or panel that queries anything else, and on rules that are
// out of date with deploy/prometheus/thresholds.yaml.
const ROOT = join(__dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const file = join(dir, d.name);
    if (d.isDirectory()) return d.name === 'node_modules' ? [] : sourceFiles(file);
    return d.name.endsWith('.ts') && !d.name.endsWith('.spec.ts') ? [file] : [];
  });
}

function registeredMetrics(): Set<string> {
  const names = new Set<string>();
  for (const top of ['libs', 'services']) {
    for (const project of readdirSync(join(ROOT, top))) {
      let files: string[] = [];
      try {
        files = sourceFiles(join(ROOT, top, project, 'src'));
      } catch {
        continue; // a project without src/
      }
      for (const file of files) {
        for (const [, name] of readFileSync(file, 'utf8').matchAll(/\bname: '([a-z_:]+)'/g)) {
          if (name.includes('_')) names.add(name);
        }
      }
    }
  }
  return names;
}

function known(metric: string, registered: Set<string>): boolean {
  if (EXTERNAL.has(metric) || registered.has(metric)) return true;
  const base = metric.replace(/_(bucket|count|sum)$/, '');
  return base !== metric && registered.has(base);
}

interface RuleFile {
  groups: { rules: { alert: string; expr: string }[] }[];
}

const rules = (
  parse(readFileSync(join(ROOT, 'deploy/prometheus/alerts.yml'), 'utf8')) as RuleFile
).groups.flatMap((g) => g.rules);

describe('alert rules and dashboards', () => {
  const registered = registeredMetrics();

  it('should find the metrics the code registers', () => {
    expect([...registered]).toEqual(
      expect.arrayContaining([
        'http_server_request_duration_seconds',
        'jenjang_consumer_lag_messages',
        'jenjang_outbox_oldest_age_seconds',
        'jenjang_notification_attempts_total',
      ]),
    );
    expect(metricsIn('sum by (a) (rate(x_total{b="c_d"}[5m])) / y_seconds_count > 2')).toEqual([
      'x_total',
      'y_seconds_count',
    ]);
  });

  it('should be up to date with deploy/prometheus/thresholds.yaml', () => {
    const check = spawnSync(process.execPath, ['scripts/alerts.mjs', '--check'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect({ status: check.status, stderr: check.stderr }).toEqual({ status: 0, stderr: '' });
  });

  it.each(rules.map((r) => [r.alert, r.expr] as const))(
    'should alert %s on metrics that exist',
    (_alert, expr) => {
      const metrics = metricsIn(expr);
      expect(metrics.length).toBeGreaterThan(0);
      expect(metrics.filter((m) => !known(m, registered))).toEqual([]);
    },
  );

  it('should give every alert a runbook section in docs/operations.md', () => {
    const doc = readFileSync(join(ROOT, 'docs/operations.md'), 'utf8');
    const headings = [...doc.matchAll(/^#{2,4} (\S+)/gm)].map((m) => m[1]);
    expect(rules.map((r) => r.alert).filter((a) => !headings.includes(a))).toEqual([]);
  });

  it('should query only metrics that exist in every dashboard panel', () => {
    const dir = join(ROOT, 'deploy/grafana/dashboards');
    const unknown: string[] = [];
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      const dashboard = JSON.parse(readFileSync(join(dir, file), 'utf8')) as {
        panels: { title: string; targets?: { expr: string }[] }[];
      };
      for (const panel of dashboard.panels) {
        for (const target of panel.targets ?? []) {
          for (const m of metricsIn(target.expr)) {
            if (!known(m, registered)) unknown.push(`${file} "${panel.title}": ${m}`);
          }
        }
      }
    }
    expect(unknown).toEqual([]);
  });
});
