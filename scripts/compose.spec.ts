import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

// No Docker engine runs here, so this is the only check docker-compose.yml gets before someone
// runs it: structure, references, the five services' environment and the Kafka cluster wiring.

interface ComposeService {
  image?: string;
  build?: unknown;
  command?: string | string[];
  environment?: Record<string, string | number | boolean | null> | string[];
  depends_on?: string[] | Record<string, { condition?: string }>;
  ports?: (string | { published?: string | number })[];
  volumes?: (string | { type?: string; source?: string })[];
  healthcheck?: { test?: string | string[] };
}

interface ComposeFile {
  services: Record<string, ComposeService>;
  volumes?: Record<string, unknown>;
}

const ROOT = join(__dirname, '..');
const compose = parse(readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8'), {
  merge: true,
}) as ComposeFile;
const services = compose.services;

const APP_SERVICES = ['evaluation', 'competency', 'training', 'career-planning', 'notification'];
const KAFKA_BROKERS = ['kafka1', 'kafka2', 'kafka3'];

function env(service: ComposeService): Record<string, string> {
  const raw = service.environment ?? {};
  if (Array.isArray(raw)) {
    return Object.fromEntries(
      raw.map((entry) => {
        const i = entry.indexOf('=');
        return i < 0 ? [entry, ''] : [entry.slice(0, i), entry.slice(i + 1)];
      }),
    );
  }
  return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, v === null ? '' : String(v)]));
}

function dependencies(service: ComposeService): string[] {
  const deps = service.depends_on ?? [];
  return Array.isArray(deps) ? deps : Object.keys(deps);
}

// "3001:3001", "127.0.0.1:3001:3001", "3001:3001/tcp" or the long form: the host side.
function hostPorts(service: ComposeService): string[] {
  return (service.ports ?? []).flatMap((port) => {
    if (typeof port !== 'string')
      return port.published === undefined ? [] : [String(port.published)];
    const parts = port.replace(/\/(tcp|udp)$/, '').split(':');
    return parts.length < 2 ? [] : [parts.slice(0, -1).join(':')];
  });
}

function commandText(service: ComposeService): string {
  const { command } = service;
  return Array.isArray(command) ? command.join(' ') : (command ?? '');
}

describe('docker-compose.yml', () => {
  it('should give every service an image or a build', () => {
    const missing = Object.entries(services)
      .filter(([, s]) => !s.image && !s.build)
      .map(([name]) => name);
    expect(missing).toEqual([]);
  });

  it('should pin every image to a version', () => {
    const unpinned = Object.values(services)
      .flatMap((s) => (s.image ? [s.image] : []))
      .filter((image) => !/:[^/]+$/.test(image) || image.endsWith(':latest'));
    expect(unpinned).toEqual([]);
  });

  it('should name only existing services in depends_on', () => {
    const dangling = Object.entries(services).flatMap(([name, s]) =>
      dependencies(s)
        .filter((dep) => !(dep in services))
        .map((dep) => `${name} -> ${dep}`),
    );
    expect(dangling).toEqual([]);
  });

  it('should have no dependency cycle', () => {
    const visiting = new Set<string>();
    const done = new Set<string>();
    const visit = (name: string, path: string[]): void => {
      if (done.has(name)) return;
      if (visiting.has(name)) throw new Error(`cycle: ${[...path, name].join(' -> ')}`);
      visiting.add(name);
      for (const dep of dependencies(services[name])) visit(dep, [...path, name]);
      visiting.delete(name);
      done.add(name);
    };
    expect(() => Object.keys(services).forEach((name) => visit(name, []))).not.toThrow();
  });

  it('should declare every named volume a service mounts', () => {
    const named = Object.values(services)
      .flatMap((s) => s.volumes ?? [])
      .map((v) => (typeof v === 'string' ? v.split(':')[0] : (v.source ?? '')))
      .filter((source) => source !== '' && !source.startsWith('.') && !source.startsWith('/'));
    const declared = Object.keys(compose.volumes ?? {});
    expect(named.filter((v) => !declared.includes(v))).toEqual([]);
  });

  it('should mount only files of the repo that exist', () => {
    const missing = Object.values(services)
      .flatMap((s) => s.volumes ?? [])
      .flatMap((v) => (typeof v === 'string' && v.startsWith('./') ? [v.split(':')[0]] : []))
      .filter((file) => !existsSync(join(ROOT, file)));
    expect(missing).toEqual([]);
  });

  it('should publish each host port once', () => {
    const ports = Object.values(services).flatMap(hostPorts);
    expect(ports.filter((p, i) => ports.indexOf(p) !== i)).toEqual([]);
  });

  it.each(APP_SERVICES.map((name, i) => [name, 3001 + i] as const))(
    'should run %s from source on port %i with the infrastructure in its environment',
    (name, port) => {
      const service = services[name];
      expect(service).toBeDefined();
      expect(service.image).toMatch(/^node:24/);
      expect(commandText(service)).toBe(`node -r @swc-node/register services/${name}/src/main.ts`);
      const vars = env(service);
      expect(vars).toMatchObject({
        KAFKA_BROKERS: 'kafka1:9092,kafka2:9092,kafka3:9092',
        PORT: String(port),
        OTEL_EXPORTER_OTLP_ENDPOINT: 'http://otel-collector:4318',
      });
      expect(vars.MONGODB_URI).toMatch(
        /^mongodb:\/\/mongo1:27017,mongo2:27017,mongo3:27017\/\w+\?replicaSet=rs0$/,
      );
      expect(hostPorts(service)).toEqual([String(port)]);
      expect([service.healthcheck?.test].flat().join(' ')).toContain('/health/ready');
      expect(dependencies(service)).toContain('infra-init');
    },
  );

  it('should give each service its own database', () => {
    // A seed list (host1,host2,…) is not a WHATWG URL; the database is the path segment.
    const databases = APP_SERVICES.map(
      (name) => /^mongodb:\/\/[^/]+\/([^?]+)/.exec(env(services[name]).MONGODB_URI)?.[1],
    );
    expect(databases.every(Boolean)).toBe(true);
    expect(new Set(databases).size).toBe(APP_SERVICES.length);
  });

  it('should run three KRaft brokers of one cluster that all vote', () => {
    const vars = KAFKA_BROKERS.map((name) => env(services[name]));
    expect(vars.map((v) => v.KAFKA_NODE_ID)).toEqual(['1', '2', '3']);
    expect(new Set(vars.map((v) => v.CLUSTER_ID)).size).toBe(1);
    for (const v of vars) {
      expect(v.KAFKA_CONTROLLER_QUORUM_VOTERS).toBe('1@kafka1:9093,2@kafka2:9093,3@kafka3:9093');
      expect(v.KAFKA_PROCESS_ROLES).toBe('broker,controller');
      expect(Number(v.KAFKA_MIN_INSYNC_REPLICAS)).toBeLessThan(KAFKA_BROKERS.length);
    }
    for (const name of KAFKA_BROKERS) expect(services[name].image).toMatch(/^apache\/kafka:4\./);
  });

  it('should apply the topics manifest against the cluster before the services start', () => {
    const init = services['infra-init'];
    expect(commandText(init)).toBe('node scripts/infra.mjs up');
    expect(dependencies(init)).toEqual(expect.arrayContaining([...KAFKA_BROKERS, 'mongo-init']));
    expect(env(init)).toMatchObject({
      KAFKA_BROKERS: 'kafka1:9092,kafka2:9092,kafka3:9092',
      JENJANG_TOPIC_REPLICATION_FACTOR: '3',
    });
    expect(existsSync(join(ROOT, 'scripts/infra.mjs'))).toBe(true);
  });
});

describe('deploy/otel-collector.yaml', () => {
  const config = parse(readFileSync(join(ROOT, 'deploy/otel-collector.yaml'), 'utf8')) as {
    receivers: { otlp?: { protocols?: { http?: { endpoint?: string } } } };
    exporters: Record<string, unknown>;
    processors?: Record<string, unknown>;
    service: {
      pipelines: Record<
        string,
        { receivers: string[]; processors?: string[]; exporters: string[] }
      >;
    };
  };

  it('should receive OTLP over HTTP on the port the services send to', () => {
    expect(config.receivers.otlp?.protocols?.http?.endpoint).toBe('0.0.0.0:4318');
  });

  it('should wire every pipeline to declared receivers, processors and exporters', () => {
    for (const pipeline of Object.values(config.service.pipelines)) {
      for (const r of pipeline.receivers) expect(config.receivers).toHaveProperty([r]);
      for (const p of pipeline.processors ?? []) expect(config.processors).toHaveProperty([p]);
      for (const e of pipeline.exporters) expect(config.exporters).toHaveProperty([e]);
      expect(pipeline.exporters).toContain('debug');
    }
  });
});
