import { Logger } from '@nestjs/common';
import { Kafka, logLevel, type KafkaConfig, type LogEntry, type SASLOptions } from 'kafkajs';
import type { KafkaSecurity } from './messaging.options';
import { messagingMetrics } from './metrics';

// kafkajs logs through Nest's logger (and so through pino), never to stdout directly.
function logCreator() {
  const logger = new Logger('kafkajs');
  return ({ level, log }: LogEntry) => {
    const { message, ...extra } = log;
    const line = `${message} ${JSON.stringify(extra)}`;
    if (level === logLevel.ERROR) logger.error(line);
    else if (level === logLevel.WARN) logger.warn(line);
    else logger.debug(line);
  };
}

/**
 * Counts every request a kafkajs producer or consumer sends to the brokers, by client kind and
 * API (Produce, Fetch, OffsetCommit, …), from kafkajs' instrumentation events.
 */
export function countKafkaRequests(
  client: { on(event: string, listener: (e: { payload: { apiName: string } }) => void): unknown },
  requestEvent: string,
  kind: 'producer' | 'consumer' | 'admin',
): void {
  client.on(requestEvent, ({ payload }) =>
    messagingMetrics.kafkaRequests.inc({ client: kind, api: payload.apiName }),
  );
}

// kafkajs types SASL options per mechanism.
function saslOptions({ mechanism, username, password }: NonNullable<KafkaSecurity['sasl']>) {
  switch (mechanism) {
    case 'plain':
      return { mechanism, username, password } satisfies SASLOptions;
    case 'scram-sha-256':
      return { mechanism, username, password } satisfies SASLOptions;
    case 'scram-sha-512':
      return { mechanism, username, password } satisfies SASLOptions;
  }
}

/** The kafkajs client configuration, with SASL and TLS when the security settings ask for them. */
export function kafkaClientConfig(
  brokers: string[],
  clientId: string,
  security: KafkaSecurity = {},
): KafkaConfig {
  const { ssl, sasl } = security;
  return {
    clientId,
    brokers,
    logLevel: logLevel.WARN,
    logCreator,
    retry: { initialRetryTime: 300, retries: 8 },
    // `ssl: true` verifies the brokers against the system CAs; a `ca` replaces them.
    ...(ssl ? { ssl: ssl.ca ? { ca: [ssl.ca], rejectUnauthorized: true } : true } : {}),
    ...(sasl ? { sasl: saslOptions(sasl) } : {}),
  };
}

export function createKafka(brokers: string[], clientId: string, security?: KafkaSecurity): Kafka {
  return new Kafka(kafkaClientConfig(brokers, clientId, security));
}
