import { Logger } from '@nestjs/common';
import { Kafka, logLevel, type LogEntry } from 'kafkajs';
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

export function createKafka(brokers: string[], clientId: string): Kafka {
  return new Kafka({
    clientId,
    brokers,
    logLevel: logLevel.WARN,
    logCreator,
    retry: { initialRetryTime: 300, retries: 8 },
  });
}
