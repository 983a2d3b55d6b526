import { baseServiceEnv, loadConfig } from '@jenjang/config';
import { kafkaSecurityFrom } from './kafka-security';

const schema = baseServiceEnv({ serviceName: 'evaluation', port: 3001 });
const files: Record<string, string> = {
  '/run/secrets/kafka-password': 's3cret\n',
  '/run/secrets/kafka-ca.pem': '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n',
};
const read = (file: string): string => {
  const content = files[file];
  if (content === undefined) throw Object.assign(new Error('nope'), { code: 'ENOENT' });
  return content;
};

describe(kafkaSecurityFrom.name, () => {
  it('should ask for nothing when the config sets no Kafka security', () => {
    expect(kafkaSecurityFrom(loadConfig(schema, {}), read)).toEqual({});
  });

  it('should read the password and the CA from their files when SCRAM and TLS are configured', () => {
    const config = loadConfig(schema, {
      KAFKA_SASL_MECHANISM: 'scram-sha-512',
      KAFKA_SASL_USERNAME: 'svc-evaluation',
      KAFKA_SASL_PASSWORD_FILE: '/run/secrets/kafka-password',
      KAFKA_SSL: 'true',
      KAFKA_SSL_CA_FILE: '/run/secrets/kafka-ca.pem',
    });

    expect(kafkaSecurityFrom(config, read)).toEqual({
      sasl: { mechanism: 'scram-sha-512', username: 'svc-evaluation', password: 's3cret' },
      ssl: { ca: files['/run/secrets/kafka-ca.pem'] },
    });
  });

  it('should use the password variable and the system CAs when no files are named', () => {
    const config = loadConfig(schema, {
      KAFKA_SASL_MECHANISM: 'plain',
      KAFKA_SASL_USERNAME: 'u',
      KAFKA_SASL_PASSWORD: 'p',
      KAFKA_SSL: 'true',
    });

    expect(kafkaSecurityFrom(config, read)).toEqual({
      sasl: { mechanism: 'plain', username: 'u', password: 'p' },
      ssl: {},
    });
  });

  it('should name the variable and not the content when a file cannot be read', () => {
    const config = loadConfig(schema, {
      KAFKA_SASL_MECHANISM: 'scram-sha-256',
      KAFKA_SASL_USERNAME: 'u',
      KAFKA_SASL_PASSWORD_FILE: '/run/secrets/missing',
    });

    expect(() => kafkaSecurityFrom(config, read)).toThrow(
      'KAFKA_SASL_PASSWORD_FILE /run/secrets/missing cannot be read (ENOENT)',
    );
  });
});
