import { existsSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { ensureDevKeys, findRepoRoot, type AuthOptions } from '@jenjang/auth';
import { DEV_PUBLIC_KEY_FILE, type BaseServiceConfig } from '@jenjang/config';

/**
 * Token verification from the service's config: a JWKS URL when set (production), else a
 * public key file. The development key pair is created on first use, and only for the default
 * development path outside production: a missing configured key file is an error, not something
 * to invent.
 */
export function authOptionsFrom(config: BaseServiceConfig): AuthOptions {
  const base = {
    issuer: config.AUTH_ISSUER,
    audience: config.AUTH_AUDIENCE,
    maxTokenAgeSeconds: config.AUTH_MAX_TOKEN_AGE_SECONDS,
  };
  if (config.AUTH_JWKS_URL) return { ...base, jwksUrl: config.AUTH_JWKS_URL };
  const root = findRepoRoot();
  const file = isAbsolute(config.AUTH_PUBLIC_KEY_FILE)
    ? config.AUTH_PUBLIC_KEY_FILE
    : join(root, config.AUTH_PUBLIC_KEY_FILE);
  // Production never trusts, nor makes, the development key pair (the configuration refuses it
  // too; this holds even for a config object built by hand).
  if (config.NODE_ENV === 'production' && file === join(root, DEV_PUBLIC_KEY_FILE)) {
    throw new Error('NODE_ENV=production may not use the development key; set AUTH_JWKS_URL');
  }
  if (!existsSync(file)) {
    if (config.AUTH_PUBLIC_KEY_FILE !== DEV_PUBLIC_KEY_FILE) {
      throw new Error(`AUTH_PUBLIC_KEY_FILE ${file} does not exist`);
    }
    ensureDevKeys(root);
  }
  return { ...base, publicKey: file };
}
