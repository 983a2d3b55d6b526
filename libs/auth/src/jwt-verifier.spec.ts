import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SignJWT, type JWK } from 'jose';
import { AuthUnavailableError, UnauthenticatedError } from './auth-errors';
import type { AuthOptions } from './auth-options';
import { mintDevToken, type DevTokenClaims, type MintDevTokenOptions } from './dev-keys';
import { JwtVerifier } from './jwt-verifier';

const ISSUER = 'https://sso.example.test';
const AUDIENCE = 'jenjang';
const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
const pem = (key: KeyObject): string => key.export({ type: 'spki', format: 'pem' }) as string;
const jwkOf = (key: KeyObject, kid: string, alg: string): JWK => ({
  ...(key.export({ format: 'jwk' }) as JWK),
  kid,
  alg,
});

const pegawai: DevTokenClaims = {
  subject: 'user-1',
  agencyId: 'AG1',
  unitId: 'U1',
  employeeId: 'E1',
  roles: ['PEGAWAI'],
};

function mint(
  claims: DevTokenClaims = pegawai,
  options: MintDevTokenOptions = {},
): Promise<string> {
  return mintDevToken(claims, {
    privateKey: ec.privateKey,
    issuer: ISSUER,
    audience: AUDIENCE,
    ...options,
  });
}

const ecOptions: AuthOptions = { issuer: ISSUER, audience: AUDIENCE, publicKey: pem(ec.publicKey) };

async function rejection(verifier: JwtVerifier, token: string): Promise<unknown> {
  return verifier.verify(token).then(
    () => undefined,
    (error: unknown) => error,
  );
}

describe(JwtVerifier.name, () => {
  const verifier = new JwtVerifier(ecOptions);

  it('should return the principal when the token is valid', async () => {
    await expect(verifier.verify(await mint())).resolves.toEqual({
      subject: 'user-1',
      agencyId: 'AG1',
      unitId: 'U1',
      employeeId: 'E1',
      roles: ['PEGAWAI'],
    });
  });

  it('should accept an RS256 token when the key is an RSA JWK', async () => {
    const rsaVerifier = new JwtVerifier({
      issuer: ISSUER,
      audience: AUDIENCE,
      publicKey: jwkOf(rsa.publicKey, 'rsa-1', 'RS256'),
    });
    const token = await mint(pegawai, { privateKey: rsa.privateKey, algorithm: 'RS256' });
    await expect(rsaVerifier.verify(token)).resolves.toMatchObject({ agencyId: 'AG1' });
  });

  it('should read the key from a file when publicKey is a path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jenjang-auth-'));
    const file = join(dir, 'jwks.json');
    writeFileSync(file, JSON.stringify({ keys: [jwkOf(ec.publicKey, 'ec-1', 'ES256')] }));
    const fileVerifier = new JwtVerifier({ issuer: ISSUER, audience: AUDIENCE, publicKey: file });
    await expect(fileVerifier.verify(await mint())).resolves.toMatchObject({ subject: 'user-1' });
  });

  it.each<[string, MintDevTokenOptions, string]>([
    ['the issuer is not trusted', { issuer: 'https://evil.test' }, 'WRONG_ISSUER'],
    ['the audience is another one', { audience: 'other-app' }, 'WRONG_AUDIENCE'],
    ['the token has expired', { expiresIn: '-5m' }, 'TOKEN_EXPIRED'],
    [
      'another key signed it',
      { privateKey: generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey },
      'BAD_SIGNATURE',
    ],
    ['the agency claim is missing', { overrideClaims: { agency: undefined } }, 'MISSING_CLAIM'],
    ['the subject is missing', { overrideClaims: { sub: undefined } }, 'MISSING_CLAIM'],
    ['a role is unknown', { overrideClaims: { roles: ['PEGAWAI', 'ROOT'] } }, 'UNKNOWN_ROLE'],
    ['roles are empty', { overrideClaims: { roles: [] } }, 'MISSING_CLAIM'],
    ['the unit claim is not a string', { overrideClaims: { unit: 42 } }, 'INVALID_CLAIM'],
  ])('should reject with UnauthenticatedError when %s', async (_case, options, reason) => {
    const error = await rejection(verifier, await mint(pegawai, options));
    expect(error).toBeInstanceOf(UnauthenticatedError);
    expect(error).toMatchObject({ status: 401, reason });
  });

  it('should name the missing claim when the agency claim is missing', async () => {
    const error = await rejection(
      verifier,
      await mint(pegawai, { overrideClaims: { agency: undefined } }),
    );
    expect(error).toMatchObject({ context: { claim: 'agency' } });
  });

  it('should accept a token expired within the clock tolerance', async () => {
    await expect(verifier.verify(await mint(pegawai, { expiresIn: '-3s' }))).resolves.toBeDefined();
  });

  it('should reject an HS256 token when only RS256 and ES256 are allowed', async () => {
    const token = await new SignJWT({ agency: 'AG1', roles: ['PEGAWAI'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('u')
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('a-shared-secret-of-thirty-two-bytes!'));
    await expect(rejection(verifier, token)).resolves.toMatchObject({
      reason: 'ALGORITHM_NOT_ALLOWED',
    });
  });

  it('should reject a token without exp', async () => {
    const token = await new SignJWT({ agency: 'AG1', roles: ['PEGAWAI'] })
      .setProtectedHeader({ alg: 'ES256' })
      .setSubject('u')
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .sign(ec.privateKey);
    await expect(rejection(verifier, token)).resolves.toMatchObject({
      reason: 'MISSING_CLAIM',
      context: { claim: 'exp' },
    });
  });

  describe('token lifetime', () => {
    const now = () => Math.floor(Date.now() / 1000);
    const signed = (claims: { iat?: number; exp: number }) => {
      const jwt = new SignJWT({ agency: 'AG1', roles: ['ADMIN_PROVINSI'] })
        .setProtectedHeader({ alg: 'ES256' })
        .setSubject('u')
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setExpirationTime(claims.exp);
      return (claims.iat === undefined ? jwt : jwt.setIssuedAt(claims.iat)).sign(ec.privateKey);
    };

    it('should refuse a well-signed 100-year token with 401', async () => {
      const error = await rejection(verifier, await mint(pegawai, { expiresIn: '100y' }));

      expect(error).toBeInstanceOf(UnauthenticatedError);
      expect(error).toMatchObject({ status: 401, reason: 'TOKEN_LIFETIME_TOO_LONG' });
    });

    it('should refuse a token that lives longer than 12 hours by default', async () => {
      await expect(
        rejection(verifier, await mint(pegawai, { expiresIn: '13h' })),
      ).resolves.toMatchObject({ reason: 'TOKEN_LIFETIME_TOO_LONG' });
      await expect(
        verifier.verify(await mint(pegawai, { expiresIn: '12h' })),
      ).resolves.toBeDefined();
    });

    it('should refuse a long remaining life when iat is missing or set in the future', async () => {
      const inADay = now() + 24 * 3600;

      await expect(rejection(verifier, await signed({ exp: inADay }))).resolves.toMatchObject({
        reason: 'TOKEN_LIFETIME_TOO_LONG',
      });
      await expect(
        rejection(verifier, await signed({ iat: inADay - 3600, exp: inADay })),
      ).resolves.toMatchObject({ reason: 'TOKEN_LIFETIME_TOO_LONG' });
    });

    it('should refuse a long stated lifetime even when little of it is left', async () => {
      const token = await signed({ iat: now() - 30 * 24 * 3600, exp: now() + 600 });

      await expect(rejection(verifier, token)).resolves.toMatchObject({
        reason: 'TOKEN_LIFETIME_TOO_LONG',
      });
    });

    it('should use the configured maximum when one is given', async () => {
      const strict = new JwtVerifier({ ...ecOptions, maxTokenAgeSeconds: 3600 });

      await expect(strict.verify(await mint(pegawai, { expiresIn: '1h' }))).resolves.toBeDefined();
      await expect(
        rejection(strict, await mint(pegawai, { expiresIn: '2h' })),
      ).resolves.toMatchObject({ reason: 'TOKEN_LIFETIME_TOO_LONG' });
    });

    it('should tolerate an issuer clock slightly ahead of ours', async () => {
      const ahead = now() + 5;

      await expect(
        verifier.verify(await signed({ iat: ahead, exp: ahead + 12 * 3600 })),
      ).resolves.toBeDefined();
    });
  });

  it('should not echo claim values in the error when a role is unknown', async () => {
    const nip = '198507262010011002';
    const token = await mint(pegawai, { overrideClaims: { roles: [nip], employee_id: nip } });
    const error = (await rejection(verifier, token)) as Error;
    expect(JSON.stringify({ ...error, message: error.message })).not.toContain(nip);
    expect(error.message).not.toContain(token);
  });

  it.each<[string | undefined, string]>([
    [undefined, 'MISSING_TOKEN'],
    ['Basic dXNlcjpwYXNz', 'MALFORMED_HEADER'],
    ['Bearer not-a-jwt', 'MALFORMED_HEADER'],
  ])('should reject the header %p with %s', async (header, reason) => {
    await expect(verifier.verifyAuthorization(header)).rejects.toMatchObject({
      status: 401,
      reason,
    });
  });

  it('should refuse a private key in the configuration', () => {
    const privatePem = ec.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
    expect(
      () => new JwtVerifier({ issuer: ISSUER, audience: AUDIENCE, publicKey: privatePem }),
    ).toThrow('private key');
  });

  it('should refuse options that name both a JWKS URL and a public key', () => {
    const both = {
      ...ecOptions,
      jwksUrl: 'https://sso.example.test/jwks',
    } as unknown as AuthOptions;
    expect(() => new JwtVerifier(both)).toThrow('exactly one of jwksUrl or publicKey');
  });

  describe('with a remote JWKS', () => {
    let server: Server;
    let jwksUrl: string;

    beforeAll(async () => {
      const jwks = JSON.stringify({ keys: [jwkOf(ec.publicKey, 'ec-1', 'ES256')] });
      server = createServer((_req, res) => {
        res.setHeader('Content-Type', 'application/json');
        res.end(jwks);
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json`;
    });

    afterAll(async () => {
      await new Promise((resolve) => server.close(resolve));
    });

    it('should verify a token whose kid is in the key set', async () => {
      const remote = new JwtVerifier({ issuer: ISSUER, audience: AUDIENCE, jwksUrl });
      const token = await new SignJWT({ agency: 'AG1', roles: ['ANALIS'] })
        .setProtectedHeader({ alg: 'ES256', kid: 'ec-1' })
        .setSubject('analyst-1')
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setExpirationTime('1h')
        .sign(ec.privateKey);
      await expect(remote.verify(token)).resolves.toMatchObject({ roles: ['ANALIS'] });
    });

    it('should reject with UNKNOWN_KEY when the kid is not in the key set', async () => {
      const remote = new JwtVerifier({ issuer: ISSUER, audience: AUDIENCE, jwksUrl });
      const other = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
      const token = await new SignJWT({ agency: 'AG1', roles: ['ANALIS'] })
        .setProtectedHeader({ alg: 'ES256', kid: 'rotated-away' })
        .setSubject('analyst-1')
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setExpirationTime('1h')
        .sign(other);
      await expect(rejection(remote, token)).resolves.toMatchObject({ reason: 'UNKNOWN_KEY' });
    });

    it('should fail with AuthUnavailableError when the key set cannot be fetched', async () => {
      const closed = createServer();
      await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
      const port = (closed.address() as AddressInfo).port;
      await new Promise((resolve) => closed.close(resolve));
      const remote = new JwtVerifier({
        issuer: ISSUER,
        audience: AUDIENCE,
        jwksUrl: `http://127.0.0.1:${port}/jwks.json`,
      });
      const error = await rejection(remote, await mint());
      expect(error).toBeInstanceOf(AuthUnavailableError);
      expect(error).toMatchObject({ status: 503 });
    });
  });
});
