// Jest global setup for integration and end-to-end tests. Infrastructure comes from, in order:
// 1. KAFKA_BROKERS / MONGODB_URI when set (an existing cluster), 2. the project's own local Kafka
// and mongo-java-server (started if needed), 3. testcontainers when a Docker engine answers.
// If none works the run fails and says why: integration tests never skip.
// It also builds the services' JavaScript when a source changed, once for the run (workers inherit
// the result), since every service a test starts as a process runs built (ServiceProcess).
import { join } from 'node:path';
import { ensureServicesBuilt } from '../process';

interface InfraLib {
  ensureInfra(): Promise<{ kafkaBrokers: string[]; mongoUri: string; started: boolean }>;
  applyTopics(brokers: string[], manifest?: string): Promise<unknown>;
}

async function fromTestcontainers(): Promise<{ kafkaBrokers: string[]; mongoUri: string }> {
  const { KafkaContainer } = await import('@testcontainers/kafka');
  const { MongoDBContainer } = await import('@testcontainers/mongodb');
  const kafka = await new KafkaContainer('confluentinc/cp-kafka:7.9.0').withKraft().start();
  const mongo = await new MongoDBContainer('mongo:8.0').start();
  const g = globalThis as { __JENJANG_CONTAINERS__?: { stop(): Promise<unknown> }[] };
  g.__JENJANG_CONTAINERS__ = [kafka, mongo];
  return {
    kafkaBrokers: [`${kafka.getHost()}:${kafka.getMappedPort(9093)}`],
    mongoUri: `${mongo.getConnectionString()}/jenjang?directConnection=true`,
  };
}

export default async function globalSetup(): Promise<void> {
  ensureServicesBuilt();
  // Node 24 loads the ES module synchronously through require().
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const infra = require(join(__dirname, '../../../../scripts/infra-lib.mjs')) as InfraLib;
  let env: { kafkaBrokers: string[]; mongoUri: string };
  try {
    env = await infra.ensureInfra();
  } catch (localError) {
    try {
      env = await fromTestcontainers();
    } catch (containerError) {
      throw new Error(
        'No infrastructure for integration tests.\n' +
          `- local Kafka/MongoDB (scripts/infra-lib.mjs): ${(localError as Error).message}\n` +
          `- testcontainers: ${(containerError as Error).message}\n` +
          'Set KAFKA_BROKERS and MONGODB_URI, or fix the local infrastructure (npm run infra:up).',
      );
    }
  }
  await infra.applyTopics(env.kafkaBrokers);
  process.env.KAFKA_BROKERS = env.kafkaBrokers.join(',');
  process.env.MONGODB_URI = env.mongoUri;
}
