import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { CLAIMS, ROLES } from '@jenjang/auth';
import type { ConfigDefinition } from '@jenjang/config';
import { careerPlanningConfig } from '../services/career-planning/src/config/career-planning.config';
import { competencyConfig } from '../services/competency/src/config/competency.config';
import { evaluationConfig } from '../services/evaluation/src/config/evaluation.config';
import { notificationConfig } from '../services/notification/src/config/notification.config';
import { loadPortalConfig } from '../services/portal/src/config/portal.config';
import { trainingConfig } from '../services/training/src/config/training.config';

// No Docker engine runs here, so this is what docker-compose.yml gets checked by before someone
// runs it: Debian's `docker-compose config` parses it (installed by
// scripts/ensure-deploy-tools.sh when missing) and every check below reads its output, with
// anchors merged and ${VAR:-default} filled in as Docker would.

interface ComposeService {
  image?: string;
  build?: { context?: string; target?: string; args?: Record<string, string> };
  command?: string | string[];
  entrypoint?: string | string[];
  environment?: Record<string, string | number | boolean | null>;
  depends_on?: string[] | Record<string, { condition?: string }>;
  ports?: (string | { published?: string | number; target?: number })[];
  volumes?: (string | { type?: string; source?: string; target?: string })[];
  healthcheck?: { test?: string | string[] };
  profiles?: string[];
  networks?: string[] | Record<string, { aliases?: string[] } | null>;
}

interface ComposeFile {
  services: Record<string, ComposeService>;
  volumes?: Record<string, unknown>;
}

const ROOT = join(__dirname, '..');

const ensureTools = spawnSync(
  'bash',
  [join(ROOT, 'scripts/ensure-deploy-tools.sh'), 'docker-compose'],
  {
    encoding: 'utf8',
  },
);
const rendered = spawnSync('docker-compose', ['-f', 'docker-compose.yml', 'config'], {
  cwd: ROOT,
  encoding: 'utf8',
  // The file's defaults, not whatever this shell has exported.
  env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp' },
});
const compose: ComposeFile =
  rendered.status === 0 ? (parse(rendered.stdout) as ComposeFile) : { services: {} };
const services = compose.services;

const APP_CONFIGS: Record<string, ConfigDefinition<never>> = {
  evaluation: evaluationConfig as unknown as ConfigDefinition<never>,
  competency: competencyConfig as unknown as ConfigDefinition<never>,
  training: trainingConfig as unknown as ConfigDefinition<never>,
  'career-planning': careerPlanningConfig as unknown as ConfigDefinition<never>,
  notification: notificationConfig as unknown as ConfigDefinition<never>,
};
const APP_SERVICES = Object.keys(APP_CONFIGS);
const KAFKA_BROKERS = ['kafka1', 'kafka2', 'kafka3'];
const MONGO_MEMBERS = ['mongo1', 'mongo2', 'mongo3'];

function env(service: ComposeService | undefined): Record<string, string> {
  const raw = service?.environment ?? {};
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

function mounts(service: ComposeService): { source: string; target: string }[] {
  return (service.volumes ?? []).map((v) => {
    if (typeof v !== 'string') return { source: v.source ?? '', target: v.target ?? '' };
    const [source = '', target = ''] = v.split(':');
    return { source, target };
  });
}

function commandText(service: ComposeService): string {
  const { command } = service;
  return Array.isArray(command) ? command.join(' ') : (command ?? '');
}

// Every property the configuration schema of a service knows.
function variablesOf(config: ConfigDefinition<never>): string[] {
  return Object.keys((config.schema as unknown as { shape: Record<string, unknown> }).shape);
}

describe('docker-compose.yml', () => {
  it("should parse with Debian's docker-compose config", () => {
    // Not a skip: a machine that cannot get the tool fails here, with the installer's reason.
    expect({
      status: ensureTools.status,
      reason: ensureTools.status === 0 ? '' : ensureTools.stderr,
    }).toEqual({ status: 0, reason: '' });
    expect({ status: rendered.status, stderr: rendered.stderr }).toEqual({
      status: 0,
      stderr: '',
    });
    expect(Object.keys(services).length).toBeGreaterThan(0);
  });

  it('should give every service an image pinned to a version', () => {
    const unpinned = Object.entries(services)
      .filter(([, s]) => !s.image || !/:[^/]+$/.test(s.image) || s.image.endsWith(':latest'))
      .map(([name]) => name);
    expect(unpinned).toEqual([]);
  });

  it('should name only existing services in depends_on, without a cycle', () => {
    const dangling = Object.entries(services).flatMap(([name, s]) =>
      dependencies(s)
        .filter((dep) => !(dep in services))
        .map((dep) => `${name} -> ${dep}`),
    );
    expect(dangling).toEqual([]);
    const done = new Set<string>();
    const visit = (name: string, path: string[]): void => {
      if (done.has(name)) return;
      if (path.includes(name)) throw new Error(`cycle: ${[...path, name].join(' -> ')}`);
      for (const dep of dependencies(services[name])) visit(dep, [...path, name]);
      done.add(name);
    };
    expect(() => Object.keys(services).forEach((name) => visit(name, []))).not.toThrow();
  });

  it('should declare every named volume and mount only files of the repo that exist', () => {
    const all = Object.values(services).flatMap(mounts);
    const declared = Object.keys(compose.volumes ?? {});
    const named = all.filter((m) => !m.source.startsWith('/') && !m.source.startsWith('.'));
    expect(named.filter((m) => !declared.includes(m.source))).toEqual([]);
    const binds = all.filter((m) => m.source.startsWith('/'));
    expect(binds.length).toBeGreaterThan(0);
    expect(binds.filter((m) => !existsSync(m.source)).map((m) => m.source)).toEqual([]);
  });

  it('should publish each host port once', () => {
    const ports = Object.values(services).flatMap(hostPorts);
    expect(ports.filter((p, i) => ports.indexOf(p) !== i)).toEqual([]);
  });

  it.each(APP_SERVICES)('should build %s from the Dockerfile as its own image', (name) => {
    const service = services[name];
    expect(service?.build).toMatchObject({ target: 'runtime', args: { SERVICE: name } });
    expect(service?.image).toMatch(new RegExp(`^jenjang/${name}:\\d`));
    expect(readFileSync(join(ROOT, 'Dockerfile'), 'utf8')).toMatch(/^FROM .* AS runtime$/m);
    expect(existsSync(join(ROOT, 'services', name, 'src/main.ts'))).toBe(true);
  });

  it.each(APP_SERVICES)('should set on %s only variables its configuration reads', (name) => {
    const vars = env(services[name]);
    const known = variablesOf(APP_CONFIGS[name]);
    expect(Object.keys(vars).filter((v) => !known.includes(v))).toEqual([]);
    // And the values pass the service's own validation (SASL settings together, URLs, ports).
    expect(() => APP_CONFIGS[name].load(vars)).not.toThrow();
  });

  it.each(APP_SERVICES)(
    'should wire %s to the cluster over SASL, its own database, the collector and the dev key',
    (name) => {
      const service = services[name];
      const vars = env(service);
      expect(vars.KAFKA_BROKERS).toBe('kafka1:9094,kafka2:9094,kafka3:9094');
      expect(vars).toMatchObject({
        KAFKA_SASL_MECHANISM: 'scram-sha-512',
        KAFKA_SASL_USERNAME: name,
        OTEL_EXPORTER_OTLP_ENDPOINT: 'http://otel-collector:4318',
      });
      expect(vars.MONGODB_URI).toMatch(
        /^mongodb:\/\/mongo1:27017,mongo2:27017,mongo3:27017\/\w+\?replicaSet=rs0$/,
      );
      expect(hostPorts(service)).toEqual([vars.PORT]);
      // The key file the service reads is on the volume the dev-keys job writes.
      const keyMount = mounts(service).find((m) => vars.AUTH_PUBLIC_KEY_FILE.startsWith(m.target));
      expect(keyMount?.source).toBe('dev-keys');
      expect(mounts(services['dev-keys']).map((m) => m.source)).toContain('dev-keys');
      expect(dependencies(service)).toEqual(
        expect.arrayContaining(['topics', 'kafka-users', 'dev-keys']),
      );
    },
  );

  it('should give each service its own database and port', () => {
    const databases = APP_SERVICES.map(
      (name) => /^mongodb:\/\/[^/]+\/([^?]+)/.exec(env(services[name]).MONGODB_URI)?.[1],
    );
    expect(new Set(databases).size).toBe(APP_SERVICES.length);
    const ports = APP_SERVICES.map((name) => env(services[name]).PORT);
    expect(new Set(ports).size).toBe(APP_SERVICES.length);
  });

  it('should send email to the SMTP catcher', () => {
    const vars = env(services.notification);
    expect(services[vars.SMTP_HOST]?.image).toMatch(/^axllent\/mailpit:/);
    expect(hostPorts(services.mailpit)).toContain('8025');
    expect(dependencies(services.notification)).toContain(vars.SMTP_HOST);
  });

  it('should run three KRaft brokers of one cluster with a SASL/SCRAM listener beside plaintext', () => {
    const vars = KAFKA_BROKERS.map((name) => env(services[name]));
    expect(vars.map((v) => v.KAFKA_NODE_ID)).toEqual(['1', '2', '3']);
    expect(new Set(vars.map((v) => v.CLUSTER_ID)).size).toBe(1);
    for (const [i, v] of vars.entries()) {
      expect(v.KAFKA_CONTROLLER_QUORUM_VOTERS).toBe('1@kafka1:9093,2@kafka2:9093,3@kafka3:9093');
      expect(v.KAFKA_PROCESS_ROLES).toBe('broker,controller');
      expect(Number(v.KAFKA_MIN_INSYNC_REPLICAS)).toBeLessThan(KAFKA_BROKERS.length);
      expect(v.KAFKA_LISTENER_SECURITY_PROTOCOL_MAP.split(',')).toEqual(
        expect.arrayContaining(['PLAINTEXT:PLAINTEXT', 'SASL:SASL_PLAINTEXT']),
      );
      expect(v.KAFKA_ADVERTISED_LISTENERS).toContain(`SASL://${KAFKA_BROKERS[i]}:9094`);
      expect(v.KAFKA_SASL_ENABLED_MECHANISMS).toBe('SCRAM-SHA-512');
      expect(v.KAFKA_LISTENER_NAME_SASL_SCRAM___SHA___512_SASL_JAAS_CONFIG).toContain(
        'ScramLoginModule',
      );
    }
    for (const name of KAFKA_BROKERS) expect(services[name].image).toMatch(/^apache\/kafka:4\./);
  });

  it('should create a SCRAM user for every service and for analytics', () => {
    const job = services['kafka-users'];
    const script = commandText(job);
    for (const user of [...APP_SERVICES, 'analytics']) expect(script).toContain(user);
    expect(script).toContain('SCRAM-SHA-512');
    // The password the job sets is the one the services are given.
    expect(env(job).SCRAM_PASSWORD).toBe(env(services.evaluation).KAFKA_SASL_PASSWORD);
  });

  it('should run a three-member MongoDB replica set, initiated once', () => {
    const init = commandText(services['mongo-init']);
    for (const member of MONGO_MEMBERS) {
      expect(services[member].image).toMatch(/^mongo:[78]\./);
      expect(commandText(services[member])).toContain('--replSet rs0');
      expect(init).toContain(`${member}:27017`);
    }
    expect(dependencies(services['mongo-init'])).toEqual(MONGO_MEMBERS);
  });

  it('should apply the topics manifest with variables the infrastructure script reads', () => {
    const job = services.topics;
    expect(commandText(job)).toBe('node scripts/infra.mjs up');
    expect(job.build?.target).toBe('toolbox');
    expect(dependencies(job)).toEqual(expect.arrayContaining([...KAFKA_BROKERS, 'mongo-init']));
    expect(env(job)).toMatchObject({
      KAFKA_BROKERS: 'kafka1:9092,kafka2:9092,kafka3:9092',
      JENJANG_TOPIC_REPLICATION_FACTOR: '3',
    });
    const scripts = ['infra.mjs', 'infra-lib.mjs', 'infra-topics.mjs']
      .map((f) => readFileSync(join(ROOT, 'scripts', f), 'utf8'))
      .join('\n');
    const unread = Object.keys(env(job)).filter((v) => !scripts.includes(`process.env.${v}`));
    expect(unread).toEqual([]);
  });

  it('should send traces to Jaeger and metrics to Prometheus through the collector', () => {
    expect(services.jaeger?.image).toMatch(/^jaegertracing\/jaeger:2\./);
    const config = parse(readFileSync(join(ROOT, 'deploy/otel-collector.yaml'), 'utf8')) as {
      exporters: Record<string, { endpoint?: string }>;
      service: { pipelines: Record<string, { exporters: string[] }> };
    };
    const traceExporters = config.service.pipelines.traces.exporters;
    const jaeger = traceExporters.find((e) => config.exporters[e]?.endpoint?.startsWith('jaeger:'));
    expect(jaeger).toBeDefined();
    expect(config.service.pipelines.metrics.exporters).toContain('prometheus');
  });

  it('should scrape every service, the Kafka exporter and the collector, with the alert rules', () => {
    const prometheus = services.prometheus;
    const mounted = mounts(prometheus).map((m) => m.target);
    expect(mounted).toEqual(
      expect.arrayContaining(['/etc/prometheus/prometheus.yml', '/etc/prometheus/alerts.yml']),
    );
    const config = parse(readFileSync(join(ROOT, 'deploy/prometheus/prometheus.yml'), 'utf8')) as {
      rule_files: string[];
      scrape_configs: { static_configs: { targets: string[] }[] }[];
    };
    const targets = config.scrape_configs.flatMap((c) =>
      c.static_configs.flatMap((s) => s.targets),
    );
    const wanted = [
      ...APP_SERVICES.map((name) => `${name}:${env(services[name]).PORT}`),
      'kafka-exporter:9308',
      'otel-collector:8889',
    ];
    expect(targets).toEqual(expect.arrayContaining(wanted));
    for (const target of targets) expect(services[target.split(':')[0]]).toBeDefined();
    expect(config.rule_files).toContain('/etc/prometheus/alerts.yml');
    expect(services['kafka-exporter']?.image).toMatch(/^danielqsj\/kafka-exporter:v/);
  });

  it('should provision Grafana with the Prometheus data source and the dashboards', () => {
    const targets = mounts(services.grafana).map((m) => m.target);
    expect(targets).toEqual(
      expect.arrayContaining(['/etc/grafana/provisioning', '/var/lib/grafana/dashboards']),
    );
    const dashboards = readdirSync(join(ROOT, 'deploy/grafana/dashboards')).filter((f) =>
      f.endsWith('.json'),
    );
    expect(dashboards.length).toBeGreaterThan(0);
  });
});

interface RealmMapper {
  protocolMapper: string;
  config: Record<string, string>;
}
interface Realm {
  realm: string;
  roles: { client: Record<string, { name: string }[]> };
  clients: {
    clientId: string;
    secret?: string;
    redirectUris?: string[];
    attributes?: Record<string, string>;
    protocolMappers?: RealmMapper[];
  }[];
  users: {
    attributes: Record<string, string[]>;
    clientRoles: Record<string, string[]>;
    credentials: { value: string }[];
  }[];
}
interface DemoPerson {
  agencyId: string;
  unitId?: string;
  employeeId?: string;
  roles: string[];
}

describe('docker-compose.yml: the portal and its identity provider', () => {
  const portal = services.portal ?? {};
  const keycloak = services.keycloak ?? {};
  const vars = env(portal);
  const kc = env(keycloak);
  const realmMount = mounts(keycloak).find((m) =>
    m.target.startsWith('/opt/keycloak/data/import/'),
  );
  const realm = JSON.parse(readFileSync(realmMount?.source ?? '/nonexistent', 'utf8')) as Realm;
  const client = realm.clients.find((c) => c.clientId === vars.OIDC_CLIENT_ID);
  // A realm placeholder `${VAR:default}` as Keycloak resolves it from its environment.
  const resolve = (value = '') =>
    value.replace(
      /\$\{(\w+):([^}]*)\}/g,
      (_m, name: string, fallback: string) => kc[name] ?? fallback,
    );

  it('should build the portal from the Dockerfile and start it with its own variables', () => {
    expect(portal.build).toMatchObject({ target: 'runtime', args: { SERVICE: 'portal' } });
    expect(portal.image).toMatch(/^jenjang\/portal:\d/);
    const config = loadPortalConfig(vars);
    expect(config).toMatchObject({
      devIdp: { enabled: false },
      serviceTokens: 'dev',
      host: '0.0.0.0',
      log: { format: 'json' },
    });
    // Sessions in the replica set, so that replicas share them.
    expect(config.session.mongoUri).toMatch(/^mongodb:\/\/mongo1:27017,.*replicaSet=rs0$/);
    expect(hostPorts(portal)).toEqual([String(config.port)]);
    for (const name of APP_SERVICES) {
      const url = new URL(config.services[name as keyof typeof config.services]);
      expect(url.host).toBe(`${name}:${env(services[name]).PORT}`);
    }
    // The notices' links lead to the portal.
    expect(env(services.notification).PORTAL_URL).toBe(config.publicUrl);
  });

  it('should mount the development key where the portal mints service tokens with it', () => {
    const keys = mounts(portal).find((m) => m.source === 'dev-keys');
    expect(keys?.target).toBe(`${vars.PORTAL_DEV_KEYS_ROOT}/.jenjang/dev-keys`);
  });

  it('should import the realm at start, under one issuer for the browser and the containers', () => {
    expect(commandText(keycloak)).toContain('--import-realm');
    expect(keycloak.image).toMatch(/^quay\.io\/keycloak\/keycloak:\d+\.\d+\.\d+$/);
    expect(vars.OIDC_ISSUER).toBe(`${kc.KC_HOSTNAME}/realms/${realm.realm}`);
    const host = new URL(kc.KC_HOSTNAME).hostname;
    // Browsers send *.localhost to this machine; the alias resolves it inside the network.
    expect(host).toMatch(/\.localhost$/);
    const networks = keycloak.networks as Record<string, { aliases?: string[] }>;
    expect(networks.default?.aliases).toContain(host);
    expect(hostPorts(keycloak)).toEqual([new URL(kc.KC_HOSTNAME).port]);
    expect(dependencies(portal)).toEqual(expect.arrayContaining(['keycloak', 'mongo-init']));
  });

  it("should register the portal as a confidential PKCE client returning to the portal's callback", () => {
    expect(client?.redirectUris).toEqual([`${vars.PORTAL_PUBLIC_URL}/auth/callback`]);
    expect(client?.attributes?.['pkce.code.challenge.method']).toBe('S256');
    expect(resolve(client?.secret)).toBe(vars.OIDC_CLIENT_SECRET);
  });

  it('should hold the domain roles and put the claims the portal and services read in the tokens', () => {
    const roleClient = Object.keys(realm.roles.client)[0];
    expect(realm.roles.client[roleClient].map((r) => r.name)).toEqual([...ROLES]);
    const mappers = client?.protocolMappers ?? [];
    const claims = mappers.map((m) => m.config['claim.name']).filter(Boolean);
    expect(claims).toEqual(
      expect.arrayContaining([CLAIMS.roles, CLAIMS.agencyId, CLAIMS.unitId, CLAIMS.employeeId]),
    );
    const roles = mappers.find((m) => m.config['claim.name'] === CLAIMS.roles);
    expect(roles?.config['usermodel.clientRoleMapping.clientId']).toBe(roleClient);
    const audience = mappers.find((m) => m.protocolMapper === 'oidc-audience-mapper');
    expect(audience?.config['included.client.audience']).toBe(
      env(services.evaluation).AUTH_AUDIENCE,
    );
  });

  it('should let every demo person of the portal sign in with their agency, unit and roles', () => {
    const people = JSON.parse(
      readFileSync(join(ROOT, 'services/portal/demo-people.json'), 'utf8'),
    ) as DemoPerson[];
    const byAgencyAndRoles = (p: DemoPerson) =>
      `${p.agencyId}/${p.unitId ?? ''}/${p.employeeId ?? ''}/${p.roles.join(',')}`;
    const users = realm.users.map((u) =>
      byAgencyAndRoles({
        agencyId: u.attributes.agency?.[0] ?? '',
        unitId: u.attributes.unit?.[0],
        employeeId: u.attributes.employee_id?.[0],
        roles: Object.values(u.clientRoles).flat(),
      }),
    );
    expect(users).toEqual(people.map(byAgencyAndRoles));
    for (const u of realm.users)
      expect(resolve(u.credentials[0]?.value)).toBe(kc.JENJANG_DEMO_PASSWORD);
  });
});
