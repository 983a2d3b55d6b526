import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { z } from 'zod';
import { findRepoRoot } from '@jenjang/auth';
import { ConfigError } from '@jenjang/config';

// The portal's environment, validated once at boot. The portal holds no database and no Kafka
// client: it signs people in (OpenID Connect) and calls the five services on their behalf.

const url = z.string().url();
const flag = z.enum(['true', 'false']).transform((v) => v === 'true');

const schema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).optional(),
  /** The launcher's name for the port (scripts/platform.mjs); PORT wins when both are set. */
  PORTAL_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  /** The address to listen on; default every interface in production, loopback elsewhere. */
  PORTAL_HOST: z.string().min(1).optional(),
  /** Where people reach the portal; the OIDC redirect URI is `<PORTAL_PUBLIC_URL>/auth/callback`. */
  PORTAL_PUBLIC_URL: url.optional(),
  /** The identity provider; default the development provider this process runs at /idp. */
  OIDC_ISSUER: url.optional(),
  OIDC_CLIENT_ID: z.string().min(1).default('jenjang-portal'),
  /**
   * Scopes asked for at sign-in. The development provider puts the Jenjang claims under the
   * `jenjang` scope; the Keycloak realm (deploy/keycloak) maps them on the client itself.
   */
  OIDC_SCOPE: z.string().min(1).default('openid profile jenjang'),
  /** Confidential client secret; unset: a public client (PKCE only). */
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  /** Run the development OpenID provider (oidc-provider) at /idp; never in production. */
  PORTAL_DEV_IDP: flag.optional(),
  /** The people the development provider lets you sign in as (JSON, see demo-people.json). */
  PORTAL_DEMO_PEOPLE_FILE: z.string().min(1).optional(),
  /**
   * How the portal gets a token for the services: `dev` mints one with the development key for
   * the signed-in person (never in production); `oidc` forwards the provider's access token.
   */
  PORTAL_SERVICE_TOKENS: z.enum(['dev', 'oidc']).optional(),
  /** The folder holding `.jenjang/dev-keys` for dev service tokens; default the repository. */
  PORTAL_DEV_KEYS_ROOT: z.string().min(1).optional(),
  SESSION_SECRET: z.string().min(32).optional(),
  SESSION_TTL_SECONDS: z.coerce
    .number()
    .int()
    .min(60)
    .default(8 * 3600),
  EVALUATION_URL: url.default('http://127.0.0.1:3001'),
  COMPETENCY_URL: url.default('http://127.0.0.1:3002'),
  TRAINING_URL: url.default('http://127.0.0.1:3003'),
  CAREER_PLANNING_URL: url.default('http://127.0.0.1:3004'),
  NOTIFICATION_URL: url.default('http://127.0.0.1:3005'),
  /**
   * Where a service's readiness and metrics answer (its MANAGEMENT_PORT); default its URL. The
   * province admin's operations screen reads them through the portal.
   */
  EVALUATION_OPS_URL: url.optional(),
  COMPETENCY_OPS_URL: url.optional(),
  TRAINING_OPS_URL: url.optional(),
  CAREER_PLANNING_OPS_URL: url.optional(),
  NOTIFICATION_OPS_URL: url.optional(),
  /**
   * The MongoDB-compatible store holding the sessions, so that every replica serves every
   * session; unset (development, one process): in memory. Required in production.
   */
  MONGODB_URI: z.string().startsWith('mongodb').optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** `pretty` for a person at a console (development default), `json` for log shippers. */
  LOG_FORMAT: z.enum(['json', 'pretty']).optional(),
  /** The built single-page app (services/portal/web/build-web.mjs). */
  PORTAL_WEB_DIR: z.string().min(1).optional(),
});

export const SERVICE_KEYS = [
  'evaluation',
  'competency',
  'training',
  'career-planning',
  'notification',
] as const;
export type ServiceKey = (typeof SERVICE_KEYS)[number];

export interface PortalConfig {
  readonly production: boolean;
  readonly port: number;
  readonly host: string;
  readonly publicUrl: string;
  readonly oidc: { issuer: string; clientId: string; clientSecret?: string; scope: string };
  readonly devIdp: { enabled: boolean; peopleFile: string };
  readonly serviceTokens: 'dev' | 'oidc';
  readonly devKeysRoot?: string;
  readonly session: { secret: string; ttlSeconds: number; mongoUri?: string };
  readonly log: { level: string; format: 'json' | 'pretty' };
  readonly services: Readonly<Record<ServiceKey, string>>;
  readonly opsUrls: Readonly<Record<ServiceKey, string>>;
  readonly webDir: string;
}

const PORTAL_PREFIXES = ['PORTAL_', 'OIDC_', 'SESSION_'];

export function loadPortalConfig(env: NodeJS.ProcessEnv = process.env): PortalConfig {
  const cleaned = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''),
  );
  const parsed = schema.safeParse(cleaned);
  const issues = parsed.success
    ? []
    : parsed.error.issues.map((i) => ({ variable: i.path.join('.'), message: i.message }));
  const known = new Set(Object.keys(schema.shape));
  for (const name of Object.keys(cleaned)) {
    if (PORTAL_PREFIXES.some((p) => name.startsWith(p)) && !known.has(name)) {
      issues.push({ variable: name, message: 'is not a setting of the portal (a typo?)' });
    }
  }
  if (!parsed.success || issues.length > 0) throw new ConfigError(issues, 'portal');
  const c = parsed.data;
  const production = c.NODE_ENV === 'production';
  const devIdp = c.PORTAL_DEV_IDP ?? !production;
  const serviceTokens = c.PORTAL_SERVICE_TOKENS ?? (production ? 'oidc' : 'dev');
  const problems: { variable: string; message: string }[] = [];
  if (production) {
    if (devIdp) problems.push({ variable: 'PORTAL_DEV_IDP', message: 'is development only' });
    if (serviceTokens === 'dev')
      problems.push({ variable: 'PORTAL_SERVICE_TOKENS', message: 'dev is development only' });
    for (const name of [
      'OIDC_ISSUER',
      'SESSION_SECRET',
      'PORTAL_PUBLIC_URL',
      'MONGODB_URI',
    ] as const) {
      if (!c[name]) problems.push({ variable: name, message: 'is required in production' });
    }
  }
  if (problems.length > 0) throw new ConfigError(problems, 'portal');
  const port = c.PORT ?? c.PORTAL_PORT ?? 3000;
  const publicUrl = (c.PORTAL_PUBLIC_URL ?? `http://127.0.0.1:${port}`).replace(/\/$/, '');
  const root = findRepoRoot();
  return {
    production,
    port,
    // The development provider runs in this process: off the network unless said otherwise.
    host: c.PORTAL_HOST ?? (production ? '0.0.0.0' : '127.0.0.1'),
    publicUrl,
    oidc: {
      issuer: c.OIDC_ISSUER ?? `${publicUrl}/idp`,
      clientId: c.OIDC_CLIENT_ID,
      scope: c.OIDC_SCOPE,
      ...(c.OIDC_CLIENT_SECRET ? { clientSecret: c.OIDC_CLIENT_SECRET } : {}),
    },
    devIdp: {
      enabled: devIdp,
      peopleFile: c.PORTAL_DEMO_PEOPLE_FILE ?? join(root, 'services', 'portal', 'demo-people.json'),
    },
    serviceTokens,
    ...(c.PORTAL_DEV_KEYS_ROOT ? { devKeysRoot: c.PORTAL_DEV_KEYS_ROOT } : {}),
    // A random secret in development: sessions end when the process does, which is fine there.
    session: {
      secret: c.SESSION_SECRET ?? randomBytes(32).toString('hex'),
      ttlSeconds: c.SESSION_TTL_SECONDS,
      ...(c.MONGODB_URI ? { mongoUri: c.MONGODB_URI } : {}),
    },
    log: { level: c.LOG_LEVEL, format: c.LOG_FORMAT ?? (production ? 'json' : 'pretty') },
    services: {
      evaluation: c.EVALUATION_URL,
      competency: c.COMPETENCY_URL,
      training: c.TRAINING_URL,
      'career-planning': c.CAREER_PLANNING_URL,
      notification: c.NOTIFICATION_URL,
    },
    opsUrls: {
      evaluation: c.EVALUATION_OPS_URL ?? c.EVALUATION_URL,
      competency: c.COMPETENCY_OPS_URL ?? c.COMPETENCY_URL,
      training: c.TRAINING_OPS_URL ?? c.TRAINING_URL,
      'career-planning': c.CAREER_PLANNING_OPS_URL ?? c.CAREER_PLANNING_URL,
      notification: c.NOTIFICATION_OPS_URL ?? c.NOTIFICATION_URL,
    },
    webDir: c.PORTAL_WEB_DIR ?? join(root, 'dist', 'portal-web'),
  };
}
