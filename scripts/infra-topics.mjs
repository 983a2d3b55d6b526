// Applies deploy/topics.yaml (or another manifest) to a Kafka cluster with the kafkajs admin.
// Re-exported by scripts/infra-lib.mjs.
import fs from 'node:fs';
import YAML from 'yaml';
import { fileURLToPath } from 'node:url';

export const DEFAULT_TOPICS_MANIFEST = fileURLToPath(
  new URL('../deploy/topics.yaml', import.meta.url),
);

/** Reads deploy/topics.yaml (or another manifest) into [{name, partitions, replicationFactor, config}]. */
export function loadTopicsManifest(manifestPath = DEFAULT_TOPICS_MANIFEST) {
  const doc = YAML.parse(fs.readFileSync(manifestPath, 'utf8')) ?? {};
  const d = doc.defaults ?? {};
  const rfOverride = process.env.JENJANG_TOPIC_REPLICATION_FACTOR;
  const minIsr = process.env.JENJANG_TOPIC_MIN_ISR;
  const seen = new Set();
  return (doc.topics ?? []).map((t) => {
    if (!t?.name) throw new Error(`${manifestPath}: a topic without a name`);
    if (seen.has(t.name)) throw new Error(`${manifestPath}: topic ${t.name} listed twice`);
    seen.add(t.name);
    const config = Object.fromEntries(
      Object.entries({ ...(d.config ?? {}), ...(t.config ?? {}) }).map(([k, v]) => [k, String(v)]),
    );
    if (minIsr) config['min.insync.replicas'] = String(minIsr);
    return {
      name: t.name,
      partitions: Number(t.partitions ?? d.partitions ?? 1),
      replicationFactor: Number(rfOverride ?? t.replicationFactor ?? d.replicationFactor ?? 1),
      config,
    };
  });
}

/**
 * Applies a topics manifest: creates missing topics, sets configs that differ, adds partitions
 * when fewer. Never deletes or shrinks.
 * @param {string|string[]} brokers
 * @param {string} [manifestPath] defaults to deploy/topics.yaml
 * @returns {Promise<{created: string[], configsUpdated: string[], partitionsAdded: string[], unchanged: string[]}>}
 */
export async function applyTopics(brokers, manifestPath = DEFAULT_TOPICS_MANIFEST) {
  const wanted = loadTopicsManifest(manifestPath);
  const { Kafka, logLevel, ConfigResourceTypes } = (await import('kafkajs')).default;
  const admin = new Kafka({
    clientId: 'jenjang-topics',
    brokers: (Array.isArray(brokers) ? brokers : String(brokers).split(','))
      .map((b) => b.trim())
      .filter(Boolean),
    logLevel: logLevel.NOTHING,
    retry: { retries: 5, initialRetryTime: 200 },
  }).admin();
  const out = { created: [], configsUpdated: [], partitionsAdded: [], unchanged: [] };
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = wanted.filter((t) => !existing.has(t.name));
    const present = wanted.filter((t) => existing.has(t.name));
    if (missing.length) {
      await admin.createTopics({
        waitForLeaders: true,
        topics: missing.map((t) => ({
          topic: t.name,
          numPartitions: t.partitions,
          replicationFactor: t.replicationFactor,
          configEntries: Object.entries(t.config).map(([name, value]) => ({ name, value })),
        })),
      });
      out.created.push(...missing.map((t) => t.name));
    }
    if (present.length) {
      const meta = await admin.fetchTopicMetadata({ topics: present.map((t) => t.name) });
      const partitionCount = new Map(meta.topics.map((m) => [m.name, m.partitions.length]));
      const described = await admin.describeConfigs({
        includeSynonyms: false,
        resources: present.map((t) => ({
          type: ConfigResourceTypes.TOPIC,
          name: t.name,
          configNames: Object.keys(t.config),
        })),
      });
      const actual = new Map(
        described.resources.map((r) => [
          r.resourceName,
          Object.fromEntries(r.configEntries.map((e) => [e.configName, e.configValue])),
        ]),
      );
      const alter = present.filter((t) =>
        Object.entries(t.config).some(([k, v]) => actual.get(t.name)?.[k] !== v),
      );
      if (alter.length) {
        // kafkajs only has the (non-incremental) AlterConfigs: send the topic's full manifest config
        await admin.alterConfigs({
          validateOnly: false,
          resources: alter.map((t) => ({
            type: ConfigResourceTypes.TOPIC,
            name: t.name,
            configEntries: Object.entries(t.config).map(([name, value]) => ({ name, value })),
          })),
        });
        out.configsUpdated.push(...alter.map((t) => t.name));
      }
      const grow = present.filter((t) => (partitionCount.get(t.name) ?? 0) < t.partitions);
      if (grow.length) {
        await admin.createPartitions({
          topicPartitions: grow.map((t) => ({ topic: t.name, count: t.partitions })),
        });
        out.partitionsAdded.push(...grow.map((t) => t.name));
      }
      const touched = new Set([...out.configsUpdated, ...out.partitionsAdded]);
      out.unchanged.push(...present.filter((t) => !touched.has(t.name)).map((t) => t.name));
    }
    await waitTopicsReady(admin, wanted, manifestPath);
  } finally {
    await admin.disconnect();
  }
  return out;
}

/**
 * True for an error kafkajs marks retriable (not leader, leader not available, coordinator
 * loading, ...; libs/messaging/src/kafka-retry.ts has the services' version), or a connection
 * failure or exhausted retry of one, looking through wrapped causes.
 */
export function isRetriableKafkaError(error) {
  for (let e = error, depth = 0; e && depth < 5; e = e.cause ?? e.originalError, depth++) {
    if (e.retriable === true) return true;
    if (/^KafkaJS(ConnectionError|NumberOfRetriesExceeded|RequestTimeoutError)$/.test(e.name ?? ''))
      return true;
  }
  return false;
}

/**
 * Runs `fn` until it resolves, retrying Kafka's retriable errors with an exponential backoff
 * (100 ms doubling to 2 s) until `timeoutMs`; then throws naming `what` and the last error.
 */
export async function withKafkaRetry(what, fn, { timeoutMs = 60_000 } = {}) {
  const deadline = Date.now() + timeoutMs;
  let wait = 100;
  for (;;) {
    try {
      return await fn();
    } catch (error) {
      if (!isRetriableKafkaError(error)) throw error;
      if (Date.now() + wait > deadline) {
        throw new Error(
          `${what}: still not ready after ${timeoutMs} ms (${error.type ?? error.name}: ${error.message})`,
          { cause: error },
        );
      }
      await new Promise((r) => setTimeout(r, wait));
      wait = Math.min(wait * 2, 2000);
    }
  }
}

/**
 * Waits until every partition of every topic has a leader and all its replicas in sync, the
 * leaders answer an offsets request, and the group coordinator answers an offset fetch.
 * Throws naming the topics (or the coordinator) still not ready.
 */
async function waitTopicsReady(admin, wanted, manifestPath, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  let pending = wanted.map((t) => t.name);
  let lastReason = new Map();
  let wait = 100;
  while (pending.length) {
    const notReady = [];
    lastReason = new Map();
    let meta = { topics: [] };
    try {
      meta = await admin.fetchTopicMetadata({ topics: pending });
    } catch (error) {
      if (!isRetriableKafkaError(error)) throw error;
      for (const t of pending) lastReason.set(t, error.message);
    }
    const byName = new Map(meta.topics.map((t) => [t.name, t]));
    for (const name of pending) {
      const t = byName.get(name);
      if (!t) {
        notReady.push(name);
        if (!lastReason.has(name)) lastReason.set(name, 'no metadata');
        continue;
      }
      const bad = t.partitions.find(
        (p) => p.leader < 0 || p.partitionErrorCode !== 0 || p.isr.length < p.replicas.length,
      );
      if (bad || t.partitions.length === 0) {
        notReady.push(name);
        lastReason.set(
          name,
          bad
            ? `partition ${bad.partitionId}: leader ${bad.leader}, isr ${bad.isr.length}/${bad.replicas.length}`
            : 'no partitions',
        );
        continue;
      }
      try {
        await admin.fetchTopicOffsets(name);
      } catch (error) {
        if (!isRetriableKafkaError(error)) throw error;
        notReady.push(name);
        lastReason.set(name, `offsets: ${error.message}`);
      }
    }
    pending = notReady;
    if (!pending.length) break;
    if (Date.now() + wait > deadline) {
      throw new Error(
        `topics of ${manifestPath} not ready after ${timeoutMs} ms: ` +
          pending.map((t) => `${t} (${lastReason.get(t)})`).join(', '),
      );
    }
    await new Promise((r) => setTimeout(r, wait));
    wait = Math.min(wait * 2, 1000);
  }
  // The group coordinator (the __consumer_offsets partition of this group) answers.
  const probeTopic = wanted[0]?.name;
  if (probeTopic) {
    await withKafkaRetry(
      'group coordinator',
      () => admin.fetchOffsets({ groupId: 'jenjang-infra-ready', topics: [probeTopic] }),
      { timeoutMs: Math.max(5_000, deadline - Date.now()) },
    );
  }
}
