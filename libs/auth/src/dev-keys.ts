import { createHash, createPrivateKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SignJWT, type CryptoKey, type JWK } from 'jose';
import type { AuthOptions } from './auth-options';
import { claimsFromPrincipal, type Principal } from './principal';
import type { Role } from './roles';

// Development and test keys only: a local ES256 pair under .jenjang/dev-keys/ (git-ignored), made
// on first use. Production verifies against the identity provider's JWKS.

export const DEV_ISSUER = 'jenjang-dev';
export const DEV_AUDIENCE = 'jenjang';
export const DEV_TOKEN_TTL = '8h';

/** Thrown when development keys or tokens are asked for with NODE_ENV=production. */
export class DevelopmentOnlyError extends Error {
  constructor(what: string) {
    super(`${what} exists only in development: refused with NODE_ENV=production`);
    this.name = 'DevelopmentOnlyError';
  }
}

// These run in CLIs, scripts and tests that have no service configuration, so they read NODE_ENV
// themselves; a production process never makes or uses development keys.
export function assertNotProduction(what: string, nodeEnv = process.env.NODE_ENV): void {
  if (nodeEnv === 'production') throw new DevelopmentOnlyError(what);
}

export interface DevKeyFiles {
  readonly dir: string;
  readonly privateKeyPath: string;
  readonly publicKeyPath: string;
  readonly jwksPath: string;
}

/** The repo root (nearest folder with nx.json above this file), else the working directory. */
export function findRepoRoot(start: string = __dirname): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'nx.json'))) return dir;
    if (dirname(dir) === dir) return process.cwd();
  }
}

function filesIn(dir: string): DevKeyFiles {
  return {
    dir,
    privateKeyPath: join(dir, 'private.pem'),
    publicKeyPath: join(dir, 'public.pem'),
    jwksPath: join(dir, 'jwks.json'),
  };
}

// RFC 7638 thumbprint of an EC public key, as the key id.
function thumbprint(jwk: JWK): string {
  const canonical = JSON.stringify({ crv: jwk.crv, kty: jwk.kty, x: jwk.x, y: jwk.y });
  return createHash('sha256').update(canonical).digest('base64url');
}

function writeKeyPair(dir: string): void {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const jwk = publicKey.export({ format: 'jwk' }) as JWK;
  const publicJwk: JWK = { ...jwk, kid: thumbprint(jwk), alg: 'ES256', use: 'sig' };
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'private.pem'), privateKey.export({ type: 'pkcs8', format: 'pem' }), {
    mode: 0o600,
  });
  writeFileSync(join(dir, 'public.pem'), publicKey.export({ type: 'spki', format: 'pem' }));
  writeFileSync(join(dir, 'jwks.json'), `${JSON.stringify({ keys: [publicJwk] }, null, 2)}\n`);
}

/** Creates the dev key pair when missing; safe when several test workers race to do it. */
export function ensureDevKeys(rootDir: string = findRepoRoot()): DevKeyFiles & {
  readonly created: boolean;
} {
  assertNotProduction('the development key pair');
  const files = filesIn(join(rootDir, '.jenjang', 'dev-keys'));
  if (existsSync(files.jwksPath)) return { ...files, created: false };
  const staging = `${files.dir}.tmp-${process.pid}-${Date.now()}`;
  writeKeyPair(staging);
  try {
    renameSync(staging, files.dir);
    return { ...files, created: true };
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    // Another process won the race; use its keys.
    if (existsSync(files.jwksPath)) return { ...files, created: false };
    throw error;
  }
}

/** The dev public key (PEM), creating the pair when missing. */
export function loadDevPublicKey(rootDir: string = findRepoRoot()): string {
  return readFileSync(ensureDevKeys(rootDir).publicKeyPath, 'utf8');
}

/** Auth options that trust dev tokens (issuer jenjang-dev, audience jenjang). */
export function devAuthOptions(rootDir: string = findRepoRoot()): AuthOptions {
  return { issuer: DEV_ISSUER, audience: DEV_AUDIENCE, publicKey: loadDevPublicKey(rootDir) };
}

export interface DevTokenClaims {
  /** `sub`; defaults to the employee id, else `dev-user`. */
  readonly subject?: string;
  readonly agencyId: string;
  readonly unitId?: string;
  readonly employeeId?: string;
  readonly roles: readonly Role[];
}

export interface MintDevTokenOptions {
  /** Folder holding `.jenjang/dev-keys`; default the repo root. */
  readonly rootDir?: string;
  /** Signing key (PEM or key object); default the dev private key. */
  readonly privateKey?: string | KeyObject | CryptoKey;
  /** Default ES256; use RS256 with an RSA key. */
  readonly algorithm?: 'ES256' | 'RS256';
  readonly issuer?: string;
  readonly audience?: string | string[];
  /** A jose duration such as '8h', or '-1h' for an already expired token. */
  readonly expiresIn?: string;
  /** Raw claims merged last; a value of undefined removes the claim (for negative tests). */
  readonly overrideClaims?: Record<string, unknown>;
}

function signingKey(options: MintDevTokenOptions): { key: KeyObject | CryptoKey; kid?: string } {
  if (options.privateKey !== undefined) {
    const key = options.privateKey;
    return { key: typeof key === 'string' ? createPrivateKey(key) : key };
  }
  const files = ensureDevKeys(options.rootDir);
  const jwks = JSON.parse(readFileSync(files.jwksPath, 'utf8')) as { keys: JWK[] };
  return {
    key: createPrivateKey(readFileSync(files.privateKeyPath, 'utf8')),
    kid: jwks.keys[0]?.kid,
  };
}

/** Signs a token for the given principal; for the dev CLI and tests. */
export async function mintDevToken(
  claims: DevTokenClaims,
  options: MintDevTokenOptions = {},
): Promise<string> {
  assertNotProduction('mintDevToken');
  const principal: Principal = {
    ...claims,
    subject: claims.subject ?? claims.employeeId ?? 'dev-user',
  };
  const payload: Record<string, unknown> = {
    ...claimsFromPrincipal(principal),
    ...options.overrideClaims,
  };
  const defined = Object.fromEntries(
    Object.entries(payload).filter(([, value]) => value !== undefined),
  );
  const { key, kid } = signingKey(options);
  return new SignJWT(defined)
    .setProtectedHeader({ alg: options.algorithm ?? 'ES256', typ: 'JWT', ...(kid ? { kid } : {}) })
    .setIssuer(options.issuer ?? DEV_ISSUER)
    .setAudience(options.audience ?? DEV_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? DEV_TOKEN_TTL)
    .sign(key);
}
