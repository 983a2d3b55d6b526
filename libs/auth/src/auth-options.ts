import type { JWK } from 'jose';
import { z } from 'zod';

export const AUTH_ALGORITHMS = ['RS256', 'ES256'] as const;
export type AuthAlgorithm = (typeof AUTH_ALGORITHMS)[number];

interface AuthCommonOptions {
  /** Trusted token issuer(s) (`iss`). */
  readonly issuer: string | readonly string[];
  /** Accepted audience(s) (`aud`). */
  readonly audience: string | readonly string[];
  /** Allowed signing algorithms; default RS256 and ES256. */
  readonly algorithms?: readonly AuthAlgorithm[];
  /** Tolerated clock skew for exp/nbf, in seconds; default 10, at most 120. */
  readonly clockToleranceSeconds?: number;
  /** Route parameter @AgencyScoped() compares with the caller's agency; default `agencyId`. */
  readonly agencyParam?: string;
  /** Register AuthErrorFilter globally (problem+json for auth errors only); default false. */
  readonly problemFilter?: boolean;
  /** Remote key set fetch timeout in ms; default 5000. */
  readonly jwksTimeoutMs?: number;
  /**
   * Longest lifetime of a token, in seconds: one whose `exp - iat` or `exp - now` is longer is
   * refused, however it was signed. Default 12 hours.
   */
  readonly maxTokenAgeSeconds?: number;
}

/**
 * Where verification keys come from: a JWKS URL of the identity provider, or one local public key
 * given as PEM (SPKI), a JWK or a JWKS object, the same as JSON text, or a path to a file holding
 * any of those.
 */
export type AuthKeyOptions =
  | { readonly jwksUrl: string; readonly publicKey?: never }
  | {
      readonly publicKey: string | JWK | { readonly keys: readonly JWK[] };
      readonly jwksUrl?: never;
    };

export type AuthOptions = AuthCommonOptions & AuthKeyOptions;

const nonEmpty = z.string().trim().min(1);
const oneOrMany = z.union([nonEmpty, z.array(nonEmpty).min(1)]);

/** Validates auth options at boot (e.g. from a service config schema). */
export const authOptionsSchema = z
  .object({
    issuer: oneOrMany,
    audience: oneOrMany,
    jwksUrl: z.string().url().optional(),
    publicKey: z.union([nonEmpty, z.record(z.unknown())]).optional(),
    algorithms: z.array(z.enum(AUTH_ALGORITHMS)).min(1).optional(),
    clockToleranceSeconds: z.number().int().min(0).max(120).optional(),
    agencyParam: nonEmpty.optional(),
    problemFilter: z.boolean().optional(),
    jwksTimeoutMs: z.number().int().positive().optional(),
    maxTokenAgeSeconds: z.number().int().positive().optional(),
  })
  .refine((o) => (o.jwksUrl === undefined) !== (o.publicKey === undefined), {
    message: 'give exactly one of jwksUrl or publicKey',
  });

export function parseAuthOptions(input: unknown): AuthOptions {
  return authOptionsSchema.parse(input) as AuthOptions;
}

export const DEFAULT_AGENCY_PARAM = 'agencyId';
export const DEFAULT_CLOCK_TOLERANCE_SECONDS = 10;
export const DEFAULT_MAX_TOKEN_AGE_SECONDS = 12 * 60 * 60;
