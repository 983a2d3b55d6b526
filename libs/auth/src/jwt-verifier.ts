import { createPublicKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  errors,
  jwtVerify,
  type JSONWebKeySet,
  type JWK,
  type JWTVerifyGetKey,
  type KeyObject,
} from 'jose';
import { AuthUnavailableError, UnauthenticatedError } from './auth-errors';
import {
  AUTH_ALGORITHMS,
  DEFAULT_CLOCK_TOLERANCE_SECONDS,
  DEFAULT_MAX_TOKEN_AGE_SECONDS,
  parseAuthOptions,
  type AuthOptions,
} from './auth-options';
import { principalFromClaims, type Principal } from './principal';

type VerificationKey = KeyObject | JWTVerifyGetKey;

const BEARER = /^Bearer +([A-Za-z0-9\-_]+\.[A-Za-z0-9\-_]+\.[A-Za-z0-9\-_]+) *$/i;

/** Extracts the token from an Authorization header value. */
export function bearerToken(header: string | readonly string[] | undefined): string {
  if (header === undefined || header === '') throw new UnauthenticatedError('MISSING_TOKEN');
  if (typeof header !== 'string') throw new UnauthenticatedError('MALFORMED_HEADER');
  const match = BEARER.exec(header);
  if (!match) throw new UnauthenticatedError('MALFORMED_HEADER');
  return match[1];
}

function isJwks(value: object): value is JSONWebKeySet {
  return Array.isArray((value as { keys?: unknown }).keys);
}

function keyFromObject(value: JWK | JSONWebKeySet): VerificationKey {
  const keys = isJwks(value) ? value.keys : [value];
  // A private key in a service's configuration is a mistake worth stopping at boot.
  if (keys.some((k) => 'd' in k)) throw new Error('auth: publicKey holds a private key');
  return createLocalJWKSet({ keys: keys.map((k) => ({ ...k })) });
}

function keyFromText(text: string, allowPath: boolean): VerificationKey {
  const trimmed = text.trim();
  if (trimmed.startsWith('-----BEGIN')) {
    if (trimmed.includes('PRIVATE KEY')) throw new Error('auth: publicKey holds a private key');
    return createPublicKey(trimmed);
  }
  if (trimmed.startsWith('{')) return keyFromObject(JSON.parse(trimmed) as JWK | JSONWebKeySet);
  if (!allowPath) throw new Error('auth: publicKey file holds neither PEM nor JSON');
  return keyFromText(readFileSync(trimmed, 'utf8'), false);
}

function resolveKey(options: AuthOptions): VerificationKey {
  if (options.jwksUrl !== undefined) {
    return createRemoteJWKSet(new URL(options.jwksUrl), {
      timeoutDuration: options.jwksTimeoutMs ?? 5000,
    });
  }
  const { publicKey } = options;
  return typeof publicKey === 'string'
    ? keyFromText(publicKey, true)
    : keyFromObject(publicKey as JWK | JSONWebKeySet);
}

function toAuthError(error: unknown, remoteKeys: boolean): Error {
  if (error instanceof errors.JWTExpired) return new UnauthenticatedError('TOKEN_EXPIRED');
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'iss') return new UnauthenticatedError('WRONG_ISSUER');
    if (error.claim === 'aud') return new UnauthenticatedError('WRONG_AUDIENCE');
    if (error.claim === 'nbf') return new UnauthenticatedError('TOKEN_NOT_YET_VALID');
    const reason = error.reason === 'missing' ? 'MISSING_CLAIM' : 'INVALID_CLAIM';
    return new UnauthenticatedError(reason, { claim: error.claim });
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) {
    return new UnauthenticatedError('BAD_SIGNATURE');
  }
  if (error instanceof errors.JOSEAlgNotAllowed || error instanceof errors.JOSENotSupported) {
    return new UnauthenticatedError('ALGORITHM_NOT_ALLOWED');
  }
  if (
    error instanceof errors.JWKSNoMatchingKey ||
    error instanceof errors.JWKSMultipleMatchingKeys
  ) {
    return new UnauthenticatedError('UNKNOWN_KEY');
  }
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid) {
    return new AuthUnavailableError({ cause: error });
  }
  if (error instanceof errors.JOSEError) return new UnauthenticatedError('MALFORMED_TOKEN');
  // Outside jose's own errors: a failed fetch of the remote key set, or (local key) a token whose
  // algorithm does not fit the key type.
  if (remoteKeys) return new AuthUnavailableError({ cause: error });
  return new UnauthenticatedError('UNKNOWN_KEY');
}

/**
 * A token valid for longer than `maxAge` seconds is refused even with a good signature: a
 * long-lived token (a leaked one, or one minted by hand) would otherwise outlive any revocation.
 * Its stated lifetime (exp - iat) and what is left of it (exp - now, so an `iat` set in the past
 * or left out does not help) both count; the clock tolerance absorbs an issuer's clock ahead of ours.
 */
function assertLifetime(
  payload: Record<string, unknown>,
  maxAge: number,
  toleranceSeconds: number,
): void {
  // jose has checked that exp is a number and iat, when present, too.
  const exp = payload.exp as number;
  const iat = typeof payload.iat === 'number' ? payload.iat : undefined;
  const now = Math.floor(Date.now() / 1000);
  if ((iat !== undefined && exp - iat > maxAge) || exp - now > maxAge + toleranceSeconds) {
    throw new UnauthenticatedError('TOKEN_LIFETIME_TOO_LONG');
  }
}

/**
 * Verifies bearer JWTs (signature, issuer, audience, expiry) and maps their claims to a
 * Principal. No framework here; AuthGuard wraps it for NestJS. It never logs the token.
 */
export class JwtVerifier {
  private readonly options: AuthOptions;
  private readonly key: VerificationKey;

  constructor(options: AuthOptions) {
    this.options = parseAuthOptions(options);
    this.key = resolveKey(this.options);
  }

  async verify(token: string): Promise<Principal> {
    let payload: Record<string, unknown>;
    const clockTolerance = this.options.clockToleranceSeconds ?? DEFAULT_CLOCK_TOLERANCE_SECONDS;
    try {
      const result = await jwtVerify(token, this.key, {
        issuer: this.options.issuer as string | string[],
        audience: this.options.audience as string | string[],
        algorithms: [...(this.options.algorithms ?? AUTH_ALGORITHMS)],
        clockTolerance,
        requiredClaims: ['exp', 'sub'],
      });
      payload = result.payload;
    } catch (error) {
      throw toAuthError(error, this.options.jwksUrl !== undefined);
    }
    assertLifetime(
      payload,
      this.options.maxTokenAgeSeconds ?? DEFAULT_MAX_TOKEN_AGE_SECONDS,
      clockTolerance,
    );
    return principalFromClaims(payload);
  }

  /** Verifies the token of an `Authorization: Bearer …` header value. */
  async verifyAuthorization(header: string | readonly string[] | undefined): Promise<Principal> {
    return this.verify(bearerToken(header));
  }
}
