import { z } from 'zod';
import { baseServiceEnv } from './base-service-env';
import { ConfigError } from './config-error';
import { defineConfig, loadConfig } from './load-config';

const schema = baseServiceEnv({ serviceName: 'evaluation', port: 3001 });

function errorOf(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe(loadConfig.name, () => {
  it('should apply the service defaults when nothing is set', () => {
    const config = loadConfig(schema, {});

    expect(config).toEqual({
      NODE_ENV: 'development',
      SERVICE_NAME: 'evaluation',
      PORT: 3001,
      KAFKA_BROKERS: ['127.0.0.1:29092'],
      KAFKA_CLIENT_ID: 'jenjang-evaluation',
      KAFKA_GROUP_ID: 'jenjang.evaluation',
      MONGODB_URI: 'mongodb://127.0.0.1:27027/jenjang-evaluation',
      OUTBOX_RELAY_ENABLED: true,
      KAFKA_FETCH_MAX_WAIT_MS: 1000,
      LOG_LEVEL: 'info',
      AUTH_ISSUER: 'jenjang-dev',
      AUTH_AUDIENCE: 'jenjang',
      AUTH_PUBLIC_KEY_FILE: '.jenjang/dev-keys/public.pem',
    });
  });

  it('should use the database name the service passes when it differs from its name', () => {
    const config = loadConfig(
      baseServiceEnv({ serviceName: 'career-planning', port: 3004, database: 'jenjang-career' }),
      {},
    );

    expect(config.MONGODB_URI).toBe('mongodb://127.0.0.1:27027/jenjang-career');
  });

  it('should coerce the port and split the broker list when they are set', () => {
    const config = loadConfig(schema, {
      PORT: '8080',
      KAFKA_BROKERS: ' 10.0.0.1:9092, 10.0.0.2:9092 ,',
    });

    expect(config.PORT).toBe(8080);
    expect(config.KAFKA_BROKERS).toEqual(['10.0.0.1:9092', '10.0.0.2:9092']);
  });

  it('should treat an empty variable as unset when it has a default', () => {
    expect(loadConfig(schema, { PORT: '', LOG_LEVEL: ' ' }).PORT).toBe(3001);
  });

  it('should name every bad variable and why when several are wrong', () => {
    const error = errorOf(() =>
      loadConfig(schema, {
        PORT: 'abc',
        KAFKA_BROKERS: 'localhost',
        LOG_LEVEL: 'loud',
        OTEL_EXPORTER_OTLP_ENDPOINT: 'not a url',
      }),
    );

    expect(error.issues.map((issue) => issue.variable).sort()).toEqual([
      'KAFKA_BROKERS.0',
      'LOG_LEVEL',
      'OTEL_EXPORTER_OTLP_ENDPOINT',
      'PORT',
    ]);
    expect(error.message).toContain('PORT: must be a number');
    expect(error.message).toContain('KAFKA_BROKERS.0: each broker must be host:port');
    expect(error.message).toContain('OTEL_EXPORTER_OTLP_ENDPOINT: must be a URL');
  });

  it('should not echo the value of a wrong variable when it reports it', () => {
    const error = errorOf(() => loadConfig(schema, { MONGODB_URI: 'postgres://user:s3cret@db' }));

    expect(error.message).toContain('MONGODB_URI: must be a mongodb://');
    expect(error.message).not.toContain('s3cret');
  });

  it('should say a required variable is not set when an extension requires it', () => {
    const extended = schema.extend({ SMTP_HOST: z.string() });

    const error = errorOf(() => loadConfig(extended, {}, 'notification'));

    expect(error.issues).toEqual([{ variable: 'SMTP_HOST', message: 'is required but not set' }]);
    expect(error.message).toContain('Invalid environment for notification');
  });
});

describe(defineConfig.name, () => {
  it('should validate an explicit environment each time when one is passed', () => {
    const definition = defineConfig(schema);

    expect(definition.load({ PORT: '1' }).PORT).toBe(1);
    expect(definition.load({ PORT: '2' }).PORT).toBe(2);
    expect(() => definition.load({ PORT: '0' })).toThrow(ConfigError);
  });

  it('should accept a definition when loadConfig is given one', () => {
    expect(loadConfig(defineConfig(schema), { PORT: '9' }).PORT).toBe(9);
  });
});

describe('strict configuration', () => {
  it('should name unknown AUTH_*, KAFKA_* and MONGO* variables', () => {
    const error = errorOf(() =>
      loadConfig(schema, { AUTH_PUBLIC_KEY: '/app/key.pem', KAFKA_BROKER: 'x:1', MONGO_URL: 'y' }),
    );

    expect(error.issues.map((i) => i.variable)).toEqual([
      'AUTH_PUBLIC_KEY',
      'KAFKA_BROKER',
      'MONGO_URL',
    ]);
  });

  it('should accept the variables the schema reads and the driver logger variables', () => {
    expect(() =>
      loadConfig(schema, {
        KAFKA_FETCH_MAX_WAIT_MS: '200',
        KAFKA_CLIENT_ID: 'c',
        MONGODB_URI: 'mongodb://h/db',
        MONGODB_LOG_ALL: 'debug',
        KAFKAJS_NO_PARTITIONER_WARNING: '1',
        HOME: '/root',
      }),
    ).not.toThrow();
  });
});

describe('production mode', () => {
  const production = {
    NODE_ENV: 'production',
    AUTH_ISSUER: 'https://sso.jogjaprov.go.id/realms/asn',
    AUTH_AUDIENCE: 'jenjang',
    AUTH_JWKS_URL: 'https://sso.jogjaprov.go.id/realms/asn/protocol/openid-connect/certs',
  };
  const variablesOf = (env: Record<string, string | undefined>) =>
    errorOf(() => loadConfig(schema, env)).issues.map((i) => i.variable);

  it('should start with an https JWKS URL, an issuer and an audience', () => {
    expect(loadConfig(schema, production).NODE_ENV).toBe('production');
    expect(() =>
      loadConfig(schema, {
        ...production,
        AUTH_JWKS_URL: undefined,
        AUTH_PUBLIC_KEY_FILE: '/run/secrets/jwt.pem',
      }),
    ).not.toThrow();
  });

  it('should refuse to start without keys, issuer or audience', () => {
    expect(variablesOf({ NODE_ENV: 'production' })).toEqual([
      'AUTH_ISSUER',
      'AUTH_AUDIENCE',
      'AUTH_JWKS_URL',
    ]);
  });

  it('should refuse the development issuer, a plain-http JWKS URL and the development key', () => {
    expect(variablesOf({ ...production, AUTH_ISSUER: 'jenjang-dev' })).toEqual(['AUTH_ISSUER']);
    expect(variablesOf({ ...production, AUTH_JWKS_URL: 'http://sso.local/certs' })).toEqual([
      'AUTH_JWKS_URL',
    ]);
    expect(
      variablesOf({
        ...production,
        AUTH_JWKS_URL: undefined,
        AUTH_PUBLIC_KEY_FILE: '/app/.jenjang/dev-keys/public.pem',
      }),
    ).toEqual(['AUTH_PUBLIC_KEY_FILE']);
  });

  it('should keep the development defaults outside production', () => {
    expect(loadConfig(schema, {}).AUTH_ISSUER).toBe('jenjang-dev');
  });
});
