import { ConfigError } from '@jenjang/config';
import { loadPortalConfig } from './portal.config';

describe('loadPortalConfig', () => {
  it('should run the development provider and mint dev service tokens by default', () => {
    const config = loadPortalConfig({ PORT: '3100' });
    expect(config.publicUrl).toBe('http://127.0.0.1:3100');
    expect(config.oidc.issuer).toBe('http://127.0.0.1:3100/idp');
    expect(config.devIdp.enabled).toBe(true);
    expect(config.serviceTokens).toBe('dev');
    expect(config.services.evaluation).toBe('http://127.0.0.1:3001');
  });

  it('should refuse development sign-in and tokens in production, naming each variable', () => {
    const attempt = () =>
      loadPortalConfig({
        NODE_ENV: 'production',
        PORTAL_DEV_IDP: 'true',
        PORTAL_SERVICE_TOKENS: 'dev',
      });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(
      /PORTAL_DEV_IDP[\s\S]*PORTAL_SERVICE_TOKENS[\s\S]*OIDC_ISSUER[\s\S]*SESSION_SECRET[\s\S]*MONGODB_URI/,
    );
  });

  it('should start in production with a provider, a secret, a public URL and a session store', () => {
    const config = loadPortalConfig({
      NODE_ENV: 'production',
      OIDC_ISSUER: 'https://sso.example.go.id/realms/jenjang',
      SESSION_SECRET: 'x'.repeat(40),
      PORTAL_PUBLIC_URL: 'https://portal.example.go.id',
      MONGODB_URI: 'mongodb://mongo:27017/jenjang_portal',
    });
    expect(config.devIdp.enabled).toBe(false);
    expect(config.serviceTokens).toBe('oidc');
    expect(config.session.mongoUri).toBe('mongodb://mongo:27017/jenjang_portal');
    expect(config.log.format).toBe('json');
  });

  it("should read a service's ops endpoints at its management URL when one is given", () => {
    const config = loadPortalConfig({
      EVALUATION_URL: 'http://evaluation:3000',
      EVALUATION_OPS_URL: 'http://evaluation:9464',
    });
    expect(config.opsUrls.evaluation).toBe('http://evaluation:9464');
    expect(config.opsUrls.training).toBe(config.services.training);
  });

  it("should take the launcher's PORTAL_PORT when PORT is not set", () => {
    expect(loadPortalConfig({ PORTAL_PORT: '43000' }).port).toBe(43000);
    expect(loadPortalConfig({ PORTAL_PORT: '43000', PORT: '43010' }).port).toBe(43010);
  });

  it('should name a misspelt portal variable', () => {
    expect(() => loadPortalConfig({ PORTAL_DEMO_PEOPLE: 'x' })).toThrow(/PORTAL_DEMO_PEOPLE/);
  });
});
