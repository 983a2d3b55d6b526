// Jest global setup for integration and end-to-end tests. Infrastructure comes from, in order:
// 1. KAFKA_BROKERS / MONGODB_URI when set (an existing cluster), 2. the project's own local Kafka
// and mongo-java-server (started if needed), 3. testcontainers when a Docker engine answers,
// with docker-compose.yml's Kafka cluster and MongoDB replica set (first when
// JENJANG_TESTCONTAINERS=1).
// If none works the run fails and says why: integration tests never skip.
// It also builds the services' JavaScript when a source changed, once for the run (workers inherit
// the result), since every service a test starts as a process runs built (ServiceProcess).
import { join } from 'node:path';
import { ensureServicesBuilt } from '../process';

interface InfraLib {
  ensureInfra(): Promise<{ kafkaBrokers: string[]; mongoUri: string; started: boolean }>;
  applyTopics(brokers: string[], manifest?: string): Promise<unknown>;
}

// Docker machines: the infrastructure of docker-compose.yml itself (the same images: three
// KRaft brokers of apache/kafka 4.x, a three-member MongoDB replica set), started through
// testcontainers' compose support and reached on the ports the file publishes for the host.
// Topics get the cluster's replication factor. Cannot run on the development machines (no
// container engine); the compose file's own checks are in scripts/compose.spec.ts.
const ROOT = join(__dirname, '../../../..');
const COMPOSE_INFRA = ['kafka1', 'kafka2', 'kafka3', 'mongo-init'];

async function fromTestcontainers(): Promise<{ kafkaBrokers: string[]; mongoUri: string }> {
  const { DockerComposeEnvironment, Wait } = await import('testcontainers');
  let compose = new DockerComposeEnvironment(ROOT, 'docker-compose.yml')
    .withProjectName('jenjang-tests')
    .withStartupTimeout(300_000)
    .withWaitStrategy('mongo-init-1', Wait.forOneShotStartup());
  for (const name of ['kafka1', 'kafka2', 'kafka3', 'mongo1', 'mongo2', 'mongo3']) {
    compose = compose.withWaitStrategy(`${name}-1`, Wait.forHealthCheck());
  }
  const started = await compose.up(COMPOSE_INFRA);
  const g = globalThis as { __JENJANG_CONTAINERS__?: { stop(): Promise<unknown> }[] };
  g.__JENJANG_CONTAINERS__ = [{ stop: () => started.down({ removeVolumes: true }) }];
  process.env.JENJANG_TOPIC_REPLICATION_FACTOR ??= '3';
  process.env.JENJANG_TOPIC_MIN_ISR ??= '2';
  return {
    // The brokers' EXTERNAL listeners and the first member (the preferred primary).
    kafkaBrokers: ['localhost:19092', 'localhost:19093', 'localhost:19094'],
    mongoUri: 'mongodb://localhost:27117/jenjang?directConnection=true',
  };
}

export default async function globalSetup(): Promise<void> {
  ensureServicesBuilt();
  // Node 24 loads the ES module synchronously through require().
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const infra = require(join(__dirname, '../../../../scripts/infra-lib.mjs')) as InfraLib;
  let env: { kafkaBrokers: string[]; mongoUri: string };
  // JENJANG_TESTCONTAINERS=1: the compose images, even where the local infrastructure would run.
  const containersFirst =
    process.env.JENJANG_TESTCONTAINERS === '1' &&
    !process.env.KAFKA_BROKERS &&
    !process.env.MONGODB_URI;
  try {
    if (containersFirst) throw new Error('JENJANG_TESTCONTAINERS=1 asks for the compose images');
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
