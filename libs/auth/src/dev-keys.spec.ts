import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  devAuthOptions,
  DevelopmentOnlyError,
  ensureDevKeys,
  loadDevPublicKey,
  mintDevToken,
} from './dev-keys';
import { JwtVerifier } from './jwt-verifier';

describe('dev keys', () => {
  const rootDir = mkdtempSync(join(tmpdir(), 'jenjang-dev-keys-'));

  it('should create an ES256 key pair and a JWKS when none exists', () => {
    const files = ensureDevKeys(rootDir);
    expect(files.created).toBe(true);
    expect(files.dir).toBe(join(rootDir, '.jenjang', 'dev-keys'));
    expect(statSync(files.privateKeyPath).mode & 0o077).toBe(0);
    const jwks = JSON.parse(readFileSync(files.jwksPath, 'utf8')) as { keys: { d?: string }[] };
    expect(jwks.keys).toEqual([expect.objectContaining({ kty: 'EC', crv: 'P-256', alg: 'ES256' })]);
    expect(jwks.keys[0].d).toBeUndefined();
  });

  it('should keep the existing pair when called again', () => {
    const before = loadDevPublicKey(rootDir);
    expect(ensureDevKeys(rootDir).created).toBe(false);
    expect(loadDevPublicKey(rootDir)).toBe(before);
  });

  it('should mint a token the dev auth options accept', async () => {
    const token = await mintDevToken(
      { roles: ['PEGAWAI', 'PENILAI'], agencyId: 'AG1', employeeId: 'E1' },
      { rootDir },
    );
    const principal = await new JwtVerifier(devAuthOptions(rootDir)).verify(token);
    expect(principal).toEqual({
      subject: 'E1',
      employeeId: 'E1',
      agencyId: 'AG1',
      roles: ['PEGAWAI', 'PENILAI'],
    });
  });

  it('should verify against the written jwks.json as well as the PEM', async () => {
    const token = await mintDevToken({ roles: ['ANALIS'], agencyId: 'BKD' }, { rootDir });
    const jwksPath = ensureDevKeys(rootDir).jwksPath;
    const verifier = new JwtVerifier({
      issuer: 'jenjang-dev',
      audience: 'jenjang',
      publicKey: jwksPath,
    });
    await expect(verifier.verify(token)).resolves.toMatchObject({ subject: 'dev-user' });
  });

  it('should leave no staging folder behind', () => {
    expect(readdirSync(join(rootDir, '.jenjang'))).toEqual(['dev-keys']);
  });

  describe('with NODE_ENV=production', () => {
    const before = process.env.NODE_ENV;
    const fresh = mkdtempSync(join(tmpdir(), 'jenjang-dev-keys-prod-'));

    beforeEach(() => {
      process.env.NODE_ENV = 'production';
    });

    afterEach(() => {
      process.env.NODE_ENV = before;
    });

    it('should refuse to mint a development token', async () => {
      await expect(
        mintDevToken({ roles: ['ADMIN_PROVINSI'], agencyId: 'AG1' }, { rootDir }),
      ).rejects.toThrow(DevelopmentOnlyError);
    });

    it('should refuse to make a development key pair and leave nothing behind', () => {
      expect(() => ensureDevKeys(fresh)).toThrow(/NODE_ENV=production/);
      expect(readdirSync(fresh)).toEqual([]);
    });
  });
});
