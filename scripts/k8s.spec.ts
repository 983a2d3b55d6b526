import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import type { ConfigDefinition } from '@jenjang/config';
import { careerPlanningConfig } from '../services/career-planning/src/config/career-planning.config';
import { competencyConfig } from '../services/competency/src/config/competency.config';
import { evaluationConfig } from '../services/evaluation/src/config/evaluation.config';
import { notificationConfig } from '../services/notification/src/config/notification.config';
import { trainingConfig } from '../services/training/src/config/training.config';
import { loadPortalConfig } from '../services/portal/src/config/portal.config';

// Renders every overlay of deploy/k8s with `kubectl kustomize` (Debian's kubectl, installed by
// scripts/ensure-deploy-tools.sh when missing) and checks what a cluster would be given.
const ROOT = join(__dirname, '..');

interface Manifest {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
  spec?: Record<string, unknown>;
  data?: Record<string, string>;
}
interface Container {
  image: string;
  ports: { name: string; containerPort: number }[];
  env: { name: string; value?: string; valueFrom?: { secretKeyRef?: { name: string } } }[];
  envFrom?: { configMapRef?: { name: string }; secretRef?: { name: string } }[];
  readinessProbe?: { httpGet?: { path: string; port: string } };
  livenessProbe?: { httpGet?: { path: string; port: string } };
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
}
interface PodSpec {
  securityContext?: { runAsNonRoot?: boolean };
  containers: Container[];
  volumes?: { secret?: { secretName: string } }[];
}

const CONFIGS: Record<string, ConfigDefinition<never>> = {
  evaluation: evaluationConfig as unknown as ConfigDefinition<never>,
  competency: competencyConfig as unknown as ConfigDefinition<never>,
  training: trainingConfig as unknown as ConfigDefinition<never>,
  'career-planning': careerPlanningConfig as unknown as ConfigDefinition<never>,
  notification: notificationConfig as unknown as ConfigDefinition<never>,
};
const SERVICES = Object.keys(CONFIGS);
const OVERLAYS = ['dev', 'prod'] as const;
// Secrets made by the operators, and (prod) by the platform team from its secret store.
const OPERATOR_SECRETS = new Set([
  ...SERVICES.map((s) => `jenjang-${s}`),
  'jenjang-cluster-ca-cert',
]);
const PLATFORM_SECRETS = new Set([
  ...SERVICES.map((s) => `jenjang-${s}-mongodb`),
  'jenjang-portal-mongodb',
  'jenjang-portal',
  'jenjang-notification-smtp',
  'jenjang-keda-kafka',
]);

const tools = spawnSync('bash', [join(ROOT, 'scripts/ensure-deploy-tools.sh'), 'kubectl'], {
  encoding: 'utf8',
});

function render(overlay: string): { status: number | null; stderr: string; docs: Manifest[] } {
  const run = spawnSync('kubectl', ['kustomize', join(ROOT, 'deploy/k8s/overlays', overlay)], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const docs =
    run.status === 0
      ? parseAllDocuments(run.stdout).map((d) => d.toJSON() as Manifest)
      : ([] as Manifest[]);
  return { status: run.status, stderr: run.stderr, docs };
}

const rendered = Object.fromEntries(OVERLAYS.map((o) => [o, render(o)]));
const manifestTopics = (
  spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `import { loadTopicsManifest } from './scripts/infra-topics.mjs';
       console.log(JSON.stringify(loadTopicsManifest().map((t) => [t.name, t.partitions])));`,
    ],
    { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } },
  ).stdout || '[]'
).trim();
const TOPICS = JSON.parse(manifestTopics) as [string, number][];

const ofKind = (docs: Manifest[], kind: string) => docs.filter((d) => d.kind === kind);
const podSpec = (d: Manifest) => (d.spec as { template: { spec: PodSpec } }).template.spec;

describe('deploy/k8s', () => {
  it('should have kubectl, and generated files up to date with their sources', () => {
    expect({ status: tools.status, reason: tools.status === 0 ? '' : tools.stderr }).toEqual({
      status: 0,
      reason: '',
    });
    const check = spawnSync(process.execPath, ['scripts/k8s-generate.mjs', '--check'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect({ status: check.status, stderr: check.stderr }).toEqual({ status: 0, stderr: '' });
    expect(TOPICS.length).toBeGreaterThan(0);
  });

  describe.each(OVERLAYS)('overlay %s', (overlay) => {
    const { status, stderr, docs } = rendered[overlay];

    it('should render with kubectl kustomize', () => {
      expect({ status, stderr }).toEqual({ status: 0, stderr: '' });
    });

    it('should hold the kinds a cluster needs, in one namespace', () => {
      const count = (kind: string) => ofKind(docs, kind).length;
      // The five services and the portal.
      expect(count('Deployment')).toBe(SERVICES.length + 1);
      expect(count('Service')).toBe(SERVICES.length + 1);
      expect(count('PodDisruptionBudget')).toBe(SERVICES.length + 1);
      expect(count('NetworkPolicy')).toBeGreaterThan(SERVICES.length);
      for (const kind of [
        'Kafka',
        'KafkaNodePool',
        'MongoDBCommunity',
        'ServiceMonitor',
        'PodMonitor',
      ]) {
        expect(count(kind)).toBe(1);
      }
      expect(count('PrometheusRule')).toBe(1);
      // CPU autoscaling in dev; KEDA (lag and CPU) in prod, never both on one Deployment. The
      // portal, with no consumer lag, keeps its CPU autoscaler in both.
      const hpas = ofKind(docs, 'HorizontalPodAutoscaler').map((d) => d.metadata.name);
      const scaled = ofKind(docs, 'ScaledObject').map((d) => d.metadata.name);
      expect(overlay === 'prod' ? scaled : hpas).toEqual(
        expect.arrayContaining(overlay === 'prod' ? SERVICES : [...SERVICES, 'portal']),
      );
      expect(overlay === 'prod' ? hpas : scaled).toEqual(overlay === 'prod' ? ['portal'] : []);
      expect(scaled.filter((n) => hpas.includes(n))).toEqual([]);
      const namespaces = new Set(docs.map((d) => d.metadata.namespace));
      expect(namespaces).toEqual(new Set([overlay === 'prod' ? 'jenjang' : 'jenjang-dev']));
    });

    it.each(SERVICES)(
      'should run %s from its image with probes, resources, as non-root',
      (name) => {
        const deployment = ofKind(docs, 'Deployment').find((d) => d.metadata.name === name);
        expect(deployment).toBeDefined();
        const spec = podSpec(deployment as Manifest);
        const [container] = spec.containers;
        const registry = overlay === 'prod' ? 'registry\\.jenjang\\.go\\.id/' : '';
        expect(container.image).toMatch(
          new RegExp(`^${registry}jenjang/${name}:\\d+\\.\\d+\\.\\d+$`),
        );
        // Readiness is served on the management port only in production (docs/security.md).
        expect(container.readinessProbe?.httpGet).toEqual({
          path: '/health/ready',
          port: 'management',
        });
        expect(container.livenessProbe?.httpGet).toEqual({ path: '/health/live', port: 'http' });
        expect(container.resources?.requests).toMatchObject({ cpu: expect.any(String) as string });
        expect(container.resources?.limits).toMatchObject({ memory: expect.any(String) as string });
        expect(spec.securityContext?.runAsNonRoot).toBe(true);
        const value = (v: string) => Number(container.env.find((e) => e.name === v)?.value);
        expect(container.ports).toEqual([
          { name: 'http', containerPort: value('PORT') },
          { name: 'management', containerPort: value('MANAGEMENT_PORT') },
        ]);
        const monitor = ofKind(docs, 'ServiceMonitor')[0]?.spec as {
          endpoints: { port: string; path: string }[];
        };
        expect(monitor.endpoints).toEqual([
          expect.objectContaining({ port: 'management', path: '/metrics' }),
        ]);
      },
    );

    it.each(SERVICES)('should set on %s only variables its configuration reads', (name) => {
      const deployment = ofKind(docs, 'Deployment').find((d) => d.metadata.name === name);
      const [container] = podSpec(deployment as Manifest).containers;
      const known = Object.keys(
        (CONFIGS[name].schema as unknown as { shape: Record<string, unknown> }).shape,
      );
      const names = container.env.map((e) => e.name);
      // And from the ConfigMaps (secrets' keys are checked where they are generated).
      for (const ref of container.envFrom ?? []) {
        const map = docs.find(
          (d) => d.kind === 'ConfigMap' && d.metadata.name === ref.configMapRef?.name,
        );
        names.push(...Object.keys(map?.data ?? {}));
        const secret = docs.find(
          (d) => d.kind === 'Secret' && d.metadata.name === ref.secretRef?.name,
        );
        names.push(...Object.keys(secret?.data ?? {}));
      }
      expect(names.filter((n) => !known.includes(n))).toEqual([]);
      // The values pass the service's validation in production mode (SASL over TLS, JWKS URL),
      // with the secrets' values stood in.
      const env = Object.fromEntries(
        container.env.map((e) => [e.name, e.value ?? 'mongodb://user:pw@db:27017/x']),
      );
      for (const ref of container.envFrom ?? []) {
        const map = docs.find(
          (d) => d.kind === 'ConfigMap' && d.metadata.name === ref.configMapRef?.name,
        );
        Object.assign(env, map?.data ?? {});
      }
      expect(() => CONFIGS[name].load({ ...env, KAFKA_SASL_PASSWORD_FILE: '/x' })).not.toThrow();
    });

    it('should reference only Secrets that are generated here or made by operators and the platform team', () => {
      const generated = new Set(ofKind(docs, 'Secret').map((d) => d.metadata.name));
      const referenced = ofKind(docs, 'Deployment').flatMap((d) => {
        const spec = podSpec(d);
        return [
          ...spec.containers.flatMap((c) => [
            ...c.env.flatMap((e) =>
              e.valueFrom?.secretKeyRef ? [e.valueFrom.secretKeyRef.name] : [],
            ),
            ...(c.envFrom ?? []).flatMap((e) => (e.secretRef ? [e.secretRef.name] : [])),
          ]),
          ...(spec.volumes ?? []).flatMap((v) => (v.secret ? [v.secret.secretName] : [])),
        ];
      });
      const unknown = referenced.filter(
        (s) =>
          !generated.has(s) &&
          !OPERATOR_SECRETS.has(s) &&
          !(overlay === 'prod' && PLATFORM_SECRETS.has(s)),
      );
      expect(unknown).toEqual([]);
    });

    it('should run the portal from its image, as non-root, with what its configuration needs in production', () => {
      const deployment = ofKind(docs, 'Deployment').find((d) => d.metadata.name === 'portal');
      expect(deployment).toBeDefined();
      const spec = podSpec(deployment as Manifest);
      const [container] = spec.containers;
      const registry = overlay === 'prod' ? 'registry\\.jenjang\\.go\\.id/' : '';
      expect(container.image).toMatch(new RegExp(`^${registry}jenjang/portal:\\d+\\.\\d+\\.\\d+$`));
      expect(container.readinessProbe?.httpGet).toEqual({ path: '/health/ready', port: 'http' });
      expect(container.livenessProbe?.httpGet).toEqual({ path: '/health/live', port: 'http' });
      expect(spec.securityContext?.runAsNonRoot).toBe(true);
      const env: Record<string, string> = {};
      for (const e of container.env) {
        const secret = e.valueFrom?.secretKeyRef?.name;
        // The secrets' values stood in, as their owners would provide them.
        env[e.name] =
          e.value ?? (secret?.endsWith('-mongodb') ? 'mongodb://u:p@db:27017/x' : 'x'.repeat(40));
      }
      for (const ref of container.envFrom ?? []) {
        const map = docs.find(
          (d) => d.kind === 'ConfigMap' && d.metadata.name === ref.configMapRef?.name,
        );
        Object.assign(env, map?.data ?? {});
      }
      const config = loadPortalConfig(env);
      expect(config).toMatchObject({ production: true, serviceTokens: 'oidc', host: '0.0.0.0' });
      expect(config.session.mongoUri).toBeDefined();
      // Each service at its Service, its ops endpoints at the management port.
      const services = ofKind(docs, 'Service');
      for (const name of SERVICES) {
        const key = name as keyof typeof config.services;
        expect(new URL(config.services[key]).hostname).toBe(name);
        const management = (
          services.find((d) => d.metadata.name === name)?.spec as {
            ports: { name: string; port: number }[];
          }
        ).ports.find((p) => p.name === 'management');
        expect(new URL(config.opsUrls[key]).port).toBe(String(management?.port));
      }
    });

    it.each(SERVICES)("should let the portal reach %s's API and management ports", (name) => {
      const policy = ofKind(docs, 'NetworkPolicy').find((d) => d.metadata.name === name);
      const rules = (
        policy?.spec as {
          ingress: {
            from: { podSelector?: { matchLabels: Record<string, string> } }[];
            ports: { port: number }[];
          }[];
        }
      ).ingress;
      const fromPortal = rules.find((r) =>
        r.from.some((f) => f.podSelector?.matchLabels['app.kubernetes.io/name'] === 'portal'),
      );
      expect(fromPortal?.ports.map((p) => p.port).sort()).toEqual([3000, 9464]);
    });

    it('should create every topic of deploy/topics.yaml with three replicas', () => {
      const topics = new Map(
        ofKind(docs, 'KafkaTopic').map((d) => {
          const spec = d.spec as { topicName: string; partitions: number; replicas: number };
          return [spec.topicName, spec] as const;
        }),
      );
      const missing = TOPICS.filter(([name, partitions]) => {
        const topic = topics.get(name);
        return !topic || topic.partitions < partitions || topic.replicas !== 3;
      });
      expect(missing).toEqual([]);
    });

    it('should let each service write only its own topics, its dead letters and its retries', () => {
      const users = ofKind(docs, 'KafkaUser');
      const domainOf: Record<string, string> = {
        evaluation: 'evaluation',
        competency: 'competency',
        training: 'training',
        'career-planning': 'career',
        notification: 'notification',
      };
      for (const service of SERVICES) {
        const user = users.find((u) => u.metadata.name === `jenjang-${service}`);
        const acls = (
          user?.spec as {
            authorization: {
              acls: { resource: { type: string; name?: string }; operations: string[] }[];
            };
          }
        ).authorization.acls;
        const writes = acls
          .filter((a) => a.resource.type === 'topic' && a.operations.includes('Write'))
          .map((a) => a.resource.name ?? '');
        expect(writes.length).toBeGreaterThan(0);
        const foreign = writes.filter(
          (t) =>
            !t.startsWith(`public.${domainOf[service]}.`) &&
            !t.endsWith('.dlq') &&
            t !== `jenjang.${service}.retry`,
        );
        expect(foreign).toEqual([]);
      }
      const analytics = users.find((u) => u.metadata.name === 'jenjang-analytics');
      const acls = (
        analytics?.spec as {
          authorization: {
            acls: { resource: { type: string; name: string }; operations: string[] }[];
          };
        }
      ).authorization.acls;
      const topicAcls = acls.filter((a) => a.resource.type === 'topic');
      expect(topicAcls.length).toBeGreaterThan(0);
      for (const a of topicAcls) {
        expect(a.operations).not.toContain('Write');
        expect(a.resource.name).toMatch(/^public\..+\.v\d+$/);
      }
    });
  });
});
