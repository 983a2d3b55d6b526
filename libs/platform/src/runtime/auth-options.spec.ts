import { baseServiceEnv, DEV_PUBLIC_KEY_FILE, loadConfig } from '@jenjang/config';
import { authOptionsFrom } from './auth-options';

const schema = baseServiceEnv({ serviceName: 'evaluation', port: 3001 });

describe(authOptionsFrom.name, () => {
  it('should never use the development key in production, even from a hand-built config', () => {
    const config = {
      ...loadConfig(schema, {}),
      NODE_ENV: 'production' as const,
      AUTH_PUBLIC_KEY_FILE: DEV_PUBLIC_KEY_FILE,
    };

    expect(() => authOptionsFrom(config)).toThrow(/development key/);
  });

  it('should use a JWKS URL when one is set', () => {
    const config = loadConfig(schema, {
      NODE_ENV: 'production',
      AUTH_ISSUER: 'https://sso.jogjaprov.go.id/realms/asn',
      AUTH_AUDIENCE: 'jenjang',
      AUTH_JWKS_URL: 'https://sso.jogjaprov.go.id/certs',
      KAFKA_ALLOW_PLAINTEXT: 'true',
    });

    expect(authOptionsFrom(config)).toEqual({
      issuer: 'https://sso.jogjaprov.go.id/realms/asn',
      audience: 'jenjang',
      jwksUrl: 'https://sso.jogjaprov.go.id/certs',
      maxTokenAgeSeconds: 43200,
    });
  });
});
