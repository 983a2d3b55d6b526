import { z } from 'zod';
import type { ConfigIssue } from './config-error';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
export const LOG_FORMATS = ['json', 'pretty'] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];

export const NODE_ENVS = ['development', 'test', 'production'] as const;

export const DEV_KAFKA_BROKERS = '127.0.0.1:29092';
export const DEV_MONGODB_HOST = 'mongodb://127.0.0.1:27027';
export const DEV_AUTH_ISSUER = 'jenjang-dev';
export const DEV_AUTH_AUDIENCE = 'jenjang';
export const DEV_PUBLIC_KEY_FILE = '.jenjang/dev-keys/public.pem';
export const KAFKA_SASL_MECHANISMS = ['scram-sha-256', 'scram-sha-512', 'plain'] as const;
export type KafkaSaslMechanism = (typeof KAFKA_SASL_MECHANISMS)[number];
// Longest lifetime of a bearer token a service accepts by default (as in @jenjang/auth): 12 hours.
const DEFAULT_MAX_TOKEN_AGE_SECONDS = 12 * 60 * 60;

export interface ServiceEnvDefaults {
  /** Short service name, e.g. `evaluation`. */
  readonly serviceName: string;
  readonly port: number;
  /** Database name in the default MongoDB URI; `jenjang-<serviceName>` if omitted. */
  readonly database?: string;
  /** The consumer groups whose lag paces this service's outbox relay by default (none). */
  readonly paceGroups?: readonly string[];
}

const hostPort = /^[^\s:,]+:\d{1,5}$/;

const brokerList = z
  .string()
  .transform((value) =>
    value
      .split(',')
      .map((broker) => broker.trim())
      .filter((broker) => broker.length > 0),
  )
  .pipe(
    z
      .array(z.string().regex(hostPort, 'each broker must be host:port'))
      .min(1, 'needs at least one host:port'),
  );

const groupList = z.string().transform((value) =>
  value
    .split(',')
    .map((group) => group.trim())
    .filter((group) => group.length > 0),
);

const booleanFlag = (fallback: 'true' | 'false') =>
  z
    .enum(['true', 'false'], { message: 'must be true or false' })
    .default(fallback)
    .transform((v) => v === 'true');

const rateLimit = z.coerce
  .number({ message: 'must be a number of requests' })
  .int('must be a whole number of requests')
  .min(0, 'must be 0 (off) or more')
  .max(1_000_000, 'must be at most 1000000');

const port = z.coerce
  .number({ invalid_type_error: 'must be a number' })
  .int('must be a whole number')
  .min(1, 'must be between 1 and 65535')
  .max(65535, 'must be between 1 and 65535');

/**
 * The environment every service reads, with development defaults so that a service boots
 * against the local infrastructure with no variables set. Extend it with `.extend({...})`.
 */
export function baseServiceEnv(defaults: ServiceEnvDefaults) {
  const database = defaults.database ?? `jenjang-${defaults.serviceName}`;
  // A second local infrastructure on other ports (scripts/infra.mjs with JENJANG_KAFKA_PORT /
  // JENJANG_MONGO_PORT) moves the development defaults along with it.
  const kafkaPort = process.env.JENJANG_KAFKA_PORT;
  const mongoPort = process.env.JENJANG_MONGO_PORT;
  const devBrokers = kafkaPort ? `127.0.0.1:${kafkaPort}` : DEV_KAFKA_BROKERS;
  const devMongo = mongoPort ? `mongodb://127.0.0.1:${mongoPort}` : DEV_MONGODB_HOST;
  return z.object({
    // production turns the development conveniences off (keys, loopback webhooks, plain http).
    NODE_ENV: z.enum(NODE_ENVS).default('development'),
    SERVICE_NAME: z.string().min(1).default(defaults.serviceName),
    PORT: port.default(defaults.port),
    KAFKA_BROKERS: brokerList.default(devBrokers),
    KAFKA_CLIENT_ID: z.string().min(1).default(`jenjang-${defaults.serviceName}`),
    KAFKA_GROUP_ID: z.string().min(1).default(`jenjang.${defaults.serviceName}`),
    MONGODB_URI: z
      .string()
      .regex(/^mongodb(\+srv)?:\/\/\S+$/, 'must be a mongodb:// or mongodb+srv:// URI')
      .default(`${devMongo}/${database}`),
    LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
    // pretty: one readable line per entry (a person at a console); json: one JSON object per line
    // (production, log shippers). Unset: pretty when NODE_ENV=development, json otherwise.
    LOG_FORMAT: z.enum(LOG_FORMATS).optional(),
    OTEL_EXPORTER_OTLP_ENDPOINT: z
      .string()
      .url('must be a URL, e.g. http://127.0.0.1:4318')
      .optional(),
    AUTH_ISSUER: z.string().min(1).default(DEV_AUTH_ISSUER),
    AUTH_AUDIENCE: z.string().min(1).default(DEV_AUTH_AUDIENCE),
    // When AUTH_JWKS_URL is set it wins; the key file is the development fallback.
    AUTH_JWKS_URL: z.string().url('must be a URL').optional(),
    AUTH_PUBLIC_KEY_FILE: z.string().min(1).default(DEV_PUBLIC_KEY_FILE),
    // A token living longer than this (exp - iat, or exp - now) is refused, however it was signed.
    AUTH_MAX_TOKEN_AGE_SECONDS: z.coerce
      .number({ message: 'must be a number of seconds' })
      .int('must be a whole number of seconds')
      .min(60, 'must be at least 60')
      .max(7 * 24 * 60 * 60, 'must be at most 604800 (7 days)')
      .default(DEFAULT_MAX_TOKEN_AGE_SECONDS),
    // Run the outbox relay in this process (off: another replica publishes, or a fault test).
    OUTBOX_RELAY_ENABLED: booleanFlag('true'),
    // Backpressure for bulks (OutboxRelay pace): the consumer groups whose lag the relay watches
    // (comma-separated; empty: no pace), and how far behind a backlog may keep the slowest group.
    OUTBOX_PACE_GROUPS: groupList.default((defaults.paceGroups ?? []).join(',')),
    OUTBOX_PACE_MAX_LAG: z.coerce
      .number({ message: 'must be a number of events' })
      .int('must be a whole number of events')
      .min(1, 'must be at least 1')
      .max(1_000_000, 'must be at most 1000000')
      // Per group (the furthest behind counts), read every 250 ms while a backlog waits: about
      // a second of the slowest service's work, enough to keep it busy between two reads, and
      // the most another agency's event waits behind (issue 12; docs/benchmark).
      .default(100),
    // Longest wait of an idle Kafka fetch: shutdown waits for the fetch in flight.
    KAFKA_FETCH_MAX_WAIT_MS: z.coerce
      .number({ message: 'must be a number of milliseconds' })
      .int('must be a whole number of milliseconds')
      .min(10, 'must be at least 10')
      .max(30_000, 'must be at most 30000')
      .default(1_000),
    // Kafka client security (see kafkaSecurityIssues and docs/security.md): SASL, TLS, or both.
    KAFKA_SASL_MECHANISM: z
      .enum(KAFKA_SASL_MECHANISMS, {
        message: `must be one of ${KAFKA_SASL_MECHANISMS.join(', ')}`,
      })
      .optional(),
    KAFKA_SASL_USERNAME: z.string().min(1).optional(),
    KAFKA_SASL_PASSWORD: z.string().min(1).optional(),
    // The password from a mounted secret file instead of KAFKA_SASL_PASSWORD.
    KAFKA_SASL_PASSWORD_FILE: z.string().min(1).optional(),
    KAFKA_SSL: booleanFlag('false'),
    // Extra CA to trust (PEM), e.g. the cluster's private CA; the system CAs otherwise.
    KAFKA_SSL_CA_FILE: z.string().min(1).optional(),
    // Production refuses a broker connection without SASL unless this says it is on purpose.
    KAFKA_ALLOW_PLAINTEXT: booleanFlag('false'),
    // Rate limits (docs/security.md): requests per window per client address and per signed-in
    // person, in each service process; 0 turns one off.
    RATE_LIMIT_WINDOW_SECONDS: z.coerce
      .number({ message: 'must be a number of seconds' })
      .int('must be a whole number of seconds')
      .min(1, 'must be at least 1')
      .max(3600, 'must be at most 3600')
      .default(60),
    // Operational endpoints (/metrics, /docs, /asyncapi, /health/ready): on this second port
    // only when set; otherwise on the API port, where production hides them unless
    // OPS_ENDPOINTS_PUBLIC=true (a private network). /health/live answers on both.
    MANAGEMENT_PORT: port.optional(),
    OPS_ENDPOINTS_PUBLIC: z
      .enum(['true', 'false'], { message: 'must be true or false' })
      .optional()
      .transform((v) => (v === undefined ? undefined : v === 'true')),
    // Proxies in front whose X-Forwarded-For is believed (Express 'trust proxy'): a number of
    // hops or a comma-separated list of addresses/CIDRs. Unset: the socket's peer is the client.
    TRUST_PROXY: z
      .string()
      .regex(
        /^(\d{1,2}|[0-9a-fA-F:.\/]+(,[0-9a-fA-F:.\/]+)*)$/,
        'must be a hop count or addresses/CIDRs',
      )
      .optional(),
    RATE_LIMIT_PER_ADDRESS: rateLimit.default(3000),
    RATE_LIMIT_PER_PRINCIPAL: rateLimit.default(1200),
  });
}

export type BaseServiceEnvSchema = ReturnType<typeof baseServiceEnv>;
export type BaseServiceConfig = z.output<BaseServiceEnvSchema>;

/** Variables of these families that no schema knows are typos or leftovers, and refused. */
const STRICT_FAMILIES = /^(AUTH_|KAFKA_|MONGO|RATE_LIMIT_)/;
// Read by the MongoDB driver itself (its logger), not by our schemas.
const DRIVER_VARIABLES = new Set([
  'MONGODB_LOG_ALL',
  'MONGODB_LOG_COMMAND',
  'MONGODB_LOG_TOPOLOGY',
  'MONGODB_LOG_SERVER_SELECTION',
  'MONGODB_LOG_CONNECTION',
  'MONGODB_LOG_CLIENT',
  'MONGODB_LOG_MAX_DOCUMENT_LENGTH',
  'MONGODB_LOG_PATH',
]);

/**
 * An AUTH_*, KAFKA_* or MONGO* variable the service does not read is an error: a misspelt
 * AUTH_JWKS_URL (or compose's old AUTH_PUBLIC_KEY) would otherwise leave the defaults in force.
 */
export function unknownVariableIssues(
  env: Readonly<Record<string, string>>,
  known: ReadonlySet<string>,
): ConfigIssue[] {
  return Object.keys(env)
    .filter((name) => STRICT_FAMILIES.test(name) && !known.has(name) && !DRIVER_VARIABLES.has(name))
    .sort()
    .map((variable) => ({ variable, message: 'is not a variable this service reads (misspelt?)' }));
}

/**
 * Kafka security settings that only make sense together: a SASL mechanism needs a user and one
 * password source; SASL settings without a mechanism are a half-done configuration; a CA file
 * needs TLS. Production refuses to talk to the brokers without SASL, unless
 * KAFKA_ALLOW_PLAINTEXT=true says so explicitly (a private network with broker-side controls).
 */
export function kafkaSecurityIssues(env: Readonly<Record<string, string>>): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  // An unknown mechanism is the schema's to report; nothing else is said about it here.
  const mechanism = KAFKA_SASL_MECHANISMS.find((m) => m === env.KAFKA_SASL_MECHANISM);
  const hasPassword = env.KAFKA_SASL_PASSWORD !== undefined;
  const hasPasswordFile = env.KAFKA_SASL_PASSWORD_FILE !== undefined;
  if (mechanism !== undefined) {
    if (env.KAFKA_SASL_USERNAME === undefined) {
      issues.push({
        variable: 'KAFKA_SASL_USERNAME',
        message: `is required with SASL ${mechanism}`,
      });
    }
    if (!hasPassword && !hasPasswordFile) {
      issues.push({
        variable: 'KAFKA_SASL_PASSWORD',
        message: `or KAFKA_SASL_PASSWORD_FILE is required with SASL ${mechanism}`,
      });
    }
  } else if (env.KAFKA_SASL_MECHANISM === undefined) {
    for (const variable of [
      'KAFKA_SASL_USERNAME',
      'KAFKA_SASL_PASSWORD',
      'KAFKA_SASL_PASSWORD_FILE',
    ] as const) {
      if (env[variable] !== undefined) {
        issues.push({ variable, message: 'needs KAFKA_SASL_MECHANISM' });
      }
    }
  }
  if (hasPassword && hasPasswordFile) {
    issues.push({
      variable: 'KAFKA_SASL_PASSWORD_FILE',
      message: 'give either KAFKA_SASL_PASSWORD or KAFKA_SASL_PASSWORD_FILE, not both',
    });
  }
  if (env.KAFKA_SSL_CA_FILE !== undefined && env.KAFKA_SSL !== 'true') {
    issues.push({ variable: 'KAFKA_SSL_CA_FILE', message: 'needs KAFKA_SSL=true' });
  }
  if (env.NODE_ENV === 'production') {
    if (env.KAFKA_SASL_MECHANISM === undefined && env.KAFKA_ALLOW_PLAINTEXT !== 'true') {
      issues.push({
        variable: 'KAFKA_SASL_MECHANISM',
        message:
          'production needs SASL for Kafka (set KAFKA_ALLOW_PLAINTEXT=true to connect without it on purpose)',
      });
    }
    // PLAIN sends the password as it is: only inside TLS.
    if (mechanism === 'plain' && env.KAFKA_SSL !== 'true') {
      issues.push({ variable: 'KAFKA_SSL', message: 'must be true with SASL plain in production' });
    }
  }
  return issues;
}

const isDevKeyFile = (file: string) => file.replace(/\\/g, '/').includes('.jenjang/dev-keys/');

/**
 * NODE_ENV=production: token keys from an https JWKS URL or an explicitly named key file, an
 * issuer and an audience set on purpose, and nothing of the development setup.
 */
export function productionIssues(env: Readonly<Record<string, string>>): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const issuer = env.AUTH_ISSUER;
  if (!issuer) {
    issues.push({ variable: 'AUTH_ISSUER', message: 'must be set in production' });
  } else if (issuer === DEV_AUTH_ISSUER) {
    issues.push({
      variable: 'AUTH_ISSUER',
      message: `may not be the development issuer ${DEV_AUTH_ISSUER} in production`,
    });
  }
  if (!env.AUTH_AUDIENCE) {
    issues.push({ variable: 'AUTH_AUDIENCE', message: 'must be set in production' });
  }
  const jwks = env.AUTH_JWKS_URL;
  const keyFile = env.AUTH_PUBLIC_KEY_FILE;
  if (jwks !== undefined) {
    if (!jwks.startsWith('https://')) {
      issues.push({ variable: 'AUTH_JWKS_URL', message: 'must be an https URL in production' });
    }
  } else if (keyFile === undefined) {
    issues.push({
      variable: 'AUTH_JWKS_URL',
      message: 'production needs an https AUTH_JWKS_URL or an AUTH_PUBLIC_KEY_FILE',
    });
  }
  if (keyFile !== undefined && isDevKeyFile(keyFile)) {
    issues.push({
      variable: 'AUTH_PUBLIC_KEY_FILE',
      message: 'may not be the development key in production',
    });
  }
  return issues;
}
