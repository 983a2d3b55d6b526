import { ConfigError } from './config-error';
import { kafkaClientEnv } from './kafka-client-env';

describe('kafkaClientEnv', () => {
  it('should read SASL and TLS settings with the services’ variables', () => {
    expect(
      kafkaClientEnv({
        KAFKA_BROKERS: 'kafka-1:9096',
        KAFKA_SASL_MECHANISM: 'scram-sha-512',
        KAFKA_SASL_USERNAME: 'ops-cli',
        KAFKA_SASL_PASSWORD_FILE: '/run/secrets/kafka',
        KAFKA_SSL: 'true',
        PATH: '/usr/bin',
      }),
    ).toMatchObject({
      KAFKA_BROKERS: ['kafka-1:9096'],
      KAFKA_SASL_MECHANISM: 'scram-sha-512',
      KAFKA_SASL_USERNAME: 'ops-cli',
      KAFKA_SSL: true,
    });
  });

  it('should refuse half a SASL setting and name the missing variable', () => {
    const refuse = () => kafkaClientEnv({ KAFKA_SASL_MECHANISM: 'plain', KAFKA_SSL: 'true' });
    expect(refuse).toThrow(ConfigError);
    expect(refuse).toThrow(/KAFKA_SASL_USERNAME/);
  });

  it('should refuse an unknown mechanism', () => {
    expect(() => kafkaClientEnv({ KAFKA_SASL_MECHANISM: 'gssapi' })).toThrow(
      /KAFKA_SASL_MECHANISM/,
    );
  });
});
