import { kafkaClientConfig } from './kafka-client';

const brokers = ['kafka-1.internal:9096'];

describe(kafkaClientConfig.name, () => {
  it('should connect in plaintext without SASL when no security is configured', () => {
    const config = kafkaClientConfig(brokers, 'jenjang-evaluation');

    expect(config).toMatchObject({ clientId: 'jenjang-evaluation', brokers });
    expect(config.ssl).toBeUndefined();
    expect(config.sasl).toBeUndefined();
  });

  it('should authenticate with SCRAM over TLS against the given CA when both are configured', () => {
    const config = kafkaClientConfig(brokers, 'jenjang-evaluation', {
      ssl: { ca: '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n' },
      sasl: { mechanism: 'scram-sha-512', username: 'svc-evaluation', password: 's3cret' },
    });

    expect(config.ssl).toEqual({
      ca: ['-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n'],
      rejectUnauthorized: true,
    });
    expect(config.sasl).toEqual({
      mechanism: 'scram-sha-512',
      username: 'svc-evaluation',
      password: 's3cret',
    });
  });

  it('should verify the brokers against the system CAs when TLS has no CA of its own', () => {
    expect(kafkaClientConfig(brokers, 'c', { ssl: {} }).ssl).toBe(true);
  });

  it('should use SASL without TLS when only SASL is configured', () => {
    const config = kafkaClientConfig(brokers, 'c', {
      sasl: { mechanism: 'scram-sha-256', username: 'u', password: 'p' },
    });

    expect(config.ssl).toBeUndefined();
    expect(config.sasl).toMatchObject({ mechanism: 'scram-sha-256' });
  });
});
