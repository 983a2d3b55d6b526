import type { Logger } from 'pino';
import type { ProblemMapper } from './errors/problem';

export interface PlatformOptions {
  /** Short service name, e.g. `evaluation`: logs, metrics and the about endpoint use it. */
  readonly serviceName: string;
  readonly version?: string;
  readonly logLevel?: string;
  /** `json` (production) or `pretty` (a development console); LOG_FORMAT in the config. */
  readonly logFormat?: 'json' | 'pretty';
  /** The service's validated config, injectable with `@Inject(SERVICE_CONFIG)`. */
  readonly config?: unknown;
  /** HTTP status per DomainError code; wins over the error's own status hint. */
  readonly domainErrorStatus?: Readonly<Record<string, number>>;
  /** Translators for errors the platform does not know (auth, messaging). Tried first. */
  readonly problemMappers?: readonly ProblemMapper[];
  /** A ready pino logger (tests pass a silent one); built from serviceName/logLevel if absent. */
  readonly logger?: Logger;
  /** Longest a health contributor may take before it counts as down. */
  readonly healthTimeoutMs?: number;
  /** Requests per window per client address and per person (RATE_LIMIT_* in the config). */
  readonly rateLimits?: {
    readonly windowSeconds: number;
    readonly perAddress: number;
    readonly perPrincipal: number;
  };
}

export interface ServiceInfo {
  readonly name: string;
  readonly version: string;
}

export const PLATFORM_OPTIONS = Symbol('PLATFORM_OPTIONS');
export const SERVICE_CONFIG = Symbol('SERVICE_CONFIG');
export const SERVICE_INFO = Symbol('SERVICE_INFO');
