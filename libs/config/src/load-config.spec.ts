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
      OUTBOX_PACE_GROUPS: [],
      OUTBOX_PACE_MAX_LAG: 100,
      KAFKA_FETCH_MAX_WAIT_MS: 1000,
      LOG_LEVEL: 'info',
      AUTH_ISSUER: 'jenjang-dev',
      AUTH_AUDIENCE: 'jenjang',
      AUTH_PUBLIC_KEY_FILE: '.jenjang/dev-keys/public.pem',
      AUTH_MAX_TOKEN_AGE_SECONDS: 43200,
      KAFKA_SSL: false,
      KAFKA_ALLOW_PLAINTEXT: false,
      RATE_LIMIT_WINDOW_SECONDS: 60,
      RATE_LIMIT_PER_ADDRESS: 3000,
      RATE_LIMIT_PER_PRINCIPAL: 1200,
    });
  });

  it('should refuse a misspelt RATE_LIMIT_ variable and a negative limit, naming them', () => {
    expect(() => loadConfig(schema, { RATE_LIMIT_PER_ADRESS: '10' })).toThrow(
      /RATE_LIMIT_PER_ADRESS/,
    );
    expect(() => loadConfig(schema, { RATE_LIMIT_PER_PRINCIPAL: '-1' })).toThrow(
      /RATE_LIMIT_PER_PRINCIPAL/,
    );
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
    KAFKA_ALLOW_PLAINTEXT: 'true',
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

  it('should refuse to start without keys, issuer, audience or Kafka credentials', () => {
    expect(variablesOf({ NODE_ENV: 'production' })).toEqual([
      'KAFKA_SASL_MECHANISM',
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

describe('Kafka security', () => {
  const production = {
    NODE_ENV: 'production',
    AUTH_ISSUER: 'https://sso.jogjaprov.go.id/realms/asn',
    AUTH_AUDIENCE: 'jenjang',
    AUTH_JWKS_URL: 'https://sso.jogjaprov.go.id/realms/asn/protocol/openid-connect/certs',
  };
  const scram = {
    KAFKA_SASL_MECHANISM: 'scram-sha-512',
    KAFKA_SASL_USERNAME: 'svc-evaluation',
    KAFKA_SASL_PASSWORD_FILE: '/run/secrets/kafka-password',
  };
  const issuesOf = (env: Record<string, string | undefined>) =>
    errorOf(() => loadConfig(schema, env)).issues;

  it('should read SASL/SCRAM and TLS settings when they are complete', () => {
    const config = loadConfig(schema, {
      ...scram,
      KAFKA_SSL: 'true',
      KAFKA_SSL_CA_FILE: '/run/secrets/kafka-ca.pem',
    });

    expect(config).toMatchObject({
      KAFKA_SASL_MECHANISM: 'scram-sha-512',
      KAFKA_SASL_USERNAME: 'svc-evaluation',
      KAFKA_SASL_PASSWORD_FILE: '/run/secrets/kafka-password',
      KAFKA_SSL: true,
      KAFKA_SSL_CA_FILE: '/run/secrets/kafka-ca.pem',
    });
  });

  it('should refuse a mechanism without a user and a password', () => {
    expect(issuesOf({ KAFKA_SASL_MECHANISM: 'scram-sha-256' })).toEqual([
      { variable: 'KAFKA_SASL_USERNAME', message: 'is required with SASL scram-sha-256' },
      {
        variable: 'KAFKA_SASL_PASSWORD',
        message: 'or KAFKA_SASL_PASSWORD_FILE is required with SASL scram-sha-256',
      },
    ]);
  });

  it('should refuse an unknown mechanism, credentials without a mechanism and two passwords', () => {
    expect(issuesOf({ KAFKA_SASL_MECHANISM: 'gssapi' }).map((i) => i.variable)).toEqual([
      'KAFKA_SASL_MECHANISM',
    ]);
    expect(issuesOf({ KAFKA_SASL_USERNAME: 'u', KAFKA_SASL_PASSWORD: 'p' })).toEqual([
      { variable: 'KAFKA_SASL_USERNAME', message: 'needs KAFKA_SASL_MECHANISM' },
      { variable: 'KAFKA_SASL_PASSWORD', message: 'needs KAFKA_SASL_MECHANISM' },
    ]);
    expect(issuesOf({ ...scram, KAFKA_SASL_PASSWORD: 'p' }).map((i) => i.variable)).toEqual([
      'KAFKA_SASL_PASSWORD_FILE',
    ]);
    expect(issuesOf({ KAFKA_SSL_CA_FILE: '/ca.pem' }).map((i) => i.variable)).toEqual([
      'KAFKA_SSL_CA_FILE',
    ]);
  });

  it('should not echo the SASL password when the configuration is wrong', () => {
    const error = errorOf(() =>
      loadConfig(schema, { KAFKA_SASL_PASSWORD: 'hunter2-s3cret', KAFKA_SSL: 'yes' }),
    );

    expect(error.message).not.toContain('hunter2-s3cret');
    expect(error.message).toContain('KAFKA_SSL: must be true or false');
  });

  it('should refuse plaintext Kafka in production unless it is allowed explicitly', () => {
    expect(issuesOf(production)).toEqual([
      {
        variable: 'KAFKA_SASL_MECHANISM',
        message:
          'production needs SASL for Kafka (set KAFKA_ALLOW_PLAINTEXT=true to connect without it on purpose)',
      },
    ]);
    expect(loadConfig(schema, { ...production, KAFKA_ALLOW_PLAINTEXT: 'true' })).toMatchObject({
      KAFKA_ALLOW_PLAINTEXT: true,
    });
    expect(loadConfig(schema, { ...production, ...scram }).KAFKA_SASL_MECHANISM).toBe(
      'scram-sha-512',
    );
  });

  it('should refuse SASL plain without TLS in production', () => {
    const plain = { ...scram, KAFKA_SASL_MECHANISM: 'plain' };

    expect(issuesOf({ ...production, ...plain }).map((i) => i.variable)).toEqual(['KAFKA_SSL']);
    expect(() => loadConfig(schema, { ...production, ...plain, KAFKA_SSL: 'true' })).not.toThrow();
  });

  it('should know the new variables, so the strict check does not call them misspelt', () => {
    expect(() =>
      loadConfig(schema, {
        KAFKA_SASL_MECHANISM: 'plain',
        KAFKA_SASL_USERNAME: 'u',
        KAFKA_SASL_PASSWORD: 'p',
        KAFKA_SSL: 'true',
        KAFKA_SSL_CA_FILE: '/ca.pem',
        KAFKA_ALLOW_PLAINTEXT: 'false',
        AUTH_MAX_TOKEN_AGE_SECONDS: '3600',
      }),
    ).not.toThrow();
    expect(issuesOf({ KAFKA_SASL_MECHANISMS: 'plain' }).map((i) => i.variable)).toEqual([
      'KAFKA_SASL_MECHANISMS',
    ]);
  });

  it('should bound the token age setting', () => {
    expect(
      loadConfig(schema, { AUTH_MAX_TOKEN_AGE_SECONDS: '3600' }).AUTH_MAX_TOKEN_AGE_SECONDS,
    ).toBe(3600);
    expect(issuesOf({ AUTH_MAX_TOKEN_AGE_SECONDS: '0' }).map((i) => i.variable)).toEqual([
      'AUTH_MAX_TOKEN_AGE_SECONDS',
    ]);
  });
});
