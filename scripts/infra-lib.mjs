// Jenjang's own infrastructure as plain processes (no Docker): an Apache Kafka KRaft broker and
// mongo-java-server (H2 file backend), both resolved from Maven Central by deploy/infra/pom.xml.
// Used by scripts/infra.mjs (CLI) and by jest global setups (ensureInfra, applyTopics).
import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// kafkajs and mongoose load lazily: `install` (run by scripts/env.sh before every script) needs neither
let kafkajsModule;
const kafkajs = async () => (kafkajsModule ??= (await import('kafkajs')).default);
let mongooseModule;
const loadMongoose = async () => (mongooseModule ??= (await import('mongoose')).default);

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const INFRA_SRC = path.join(ROOT, 'deploy/infra');
const POM = path.join(INFRA_SRC, 'pom.xml');
const JARS = path.join(INFRA_SRC, 'jars');
const CLASSES = path.join(INFRA_SRC, 'target/classes');
const MONGO_SRC = path.join(INFRA_SRC, 'mongo/JenjangMongoServer.java');
// JENJANG_STATE_DIR moves pid files, logs and data (e.g. a second, throw-away instance on other ports)
const BASE = path.resolve(ROOT, process.env.JENJANG_STATE_DIR || '.jenjang');
const STATE = path.join(BASE, 'infra');
const DATA = path.join(BASE, 'data');

const HOST = '127.0.0.1';
const kafkaPort = () => Number(process.env.JENJANG_KAFKA_PORT || 29092);
const controllerPort = () => Number(process.env.JENJANG_KAFKA_CONTROLLER_PORT || kafkaPort() + 1);
const mongoPort = () => Number(process.env.JENJANG_MONGO_PORT || 27027);
const timeoutMs = () => Number(process.env.JENJANG_INFRA_TIMEOUT_MS || 60_000);

const log = (...a) => console.error('[infra]', ...a);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------------------------------------
// install: jars via Maven (only when missing or the pom changed), Mongo launcher via javac
// ---------------------------------------------------------------------------------------------
// The stamp ignores XML comments, so documenting the pom does not re-resolve the jars.
function pomHash() {
  const pom = fs.readFileSync(POM, 'utf8').replace(/<!--[\s\S]*?-->/g, '');
  return createHash('sha256').update(pom).digest('hex');
}

/** Copies the pinned jars and compiles the Mongo launcher when needed. Returns what it did. */
export function installInfra({ quiet = false } = {}) {
  const did = { jars: false, compiled: false };
  const stamp = path.join(JARS, '.pom-sha256');
  const want = pomHash();
  if (!fs.existsSync(stamp) || fs.readFileSync(stamp, 'utf8').trim() !== want) {
    if (!quiet) log('resolving Kafka and mongo-java-server jars with Maven (deploy/infra/pom.xml)');
    // Resolve into a fresh folder and swap it in: a changed pom must not leave jars of an old
    // version on the classpath, and a running broker keeps its open jars until it restarts.
    const fresh = path.join(INFRA_SRC, 'target/jars.new'); // target/ is git-ignored
    const old = path.join(INFRA_SRC, 'target/jars.old');
    fs.mkdirSync(path.dirname(fresh), { recursive: true });
    fs.rmSync(fresh, { recursive: true, force: true });
    const r = spawnSync(
      'mvn',
      ['-q', '-B', '-f', POM, `-DoutputDirectory=${fresh}`, 'dependency:copy-dependencies'],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
        encoding: 'utf8',
      },
    );
    if (r.status !== 0) {
      throw new Error(
        `mvn dependency:copy-dependencies failed (${r.error ?? `exit ${r.status}`}):\n${r.stdout}\n${r.stderr}`,
      );
    }
    fs.writeFileSync(path.join(fresh, '.pom-sha256'), want + '\n');
    fs.rmSync(old, { recursive: true, force: true });
    if (fs.existsSync(JARS)) fs.renameSync(JARS, old);
    fs.renameSync(fresh, JARS);
    fs.rmSync(old, { recursive: true, force: true });
    did.jars = true;
  }
  const cls = path.join(CLASSES, 'JenjangMongoServer.class');
  if (
    !fs.existsSync(cls) ||
    fs.statSync(cls).mtimeMs < fs.statSync(MONGO_SRC).mtimeMs ||
    did.jars
  ) {
    fs.mkdirSync(CLASSES, { recursive: true });
    const r = spawnSync(
      'javac',
      ['-nowarn', '-cp', path.join(JARS, '*'), '-d', CLASSES, MONGO_SRC],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
        encoding: 'utf8',
      },
    );
    if (r.status !== 0)
      throw new Error(`javac JenjangMongoServer failed:\n${r.stdout}\n${r.stderr}`);
    did.compiled = true;
  }
  return did;
}

// ---------------------------------------------------------------------------------------------
// processes: pid files, liveness, start, stop
// ---------------------------------------------------------------------------------------------
const SERVICES = {
  kafka: {
    main: 'kafka.Kafka',
    pidFile: () => path.join(STATE, 'kafka.pid'),
    logFile: () => path.join(STATE, 'kafka.log'),
  },
  mongo: {
    main: 'JenjangMongoServer',
    pidFile: () => path.join(STATE, 'mongo.pid'),
    logFile: () => path.join(STATE, 'mongo.log'),
  },
};

function readPid(name) {
  try {
    const pid = Number(fs.readFileSync(SERVICES[name].pidFile(), 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** True when pid is alive and is our java process (guards against a recycled pid). */
function isOurProcess(pid, name) {
  if (!pid) return false;
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return cmd.includes(SERVICES[name].main);
  } catch {
    return true; // no /proc: trust kill(0)
  }
}

function runningPid(name) {
  const pid = readPid(name);
  return isOurProcess(pid, name) ? pid : null;
}

function portInUse(port) {
  return new Promise((resolve) => {
    const s = net.connect({ host: HOST, port });
    s.once('connect', () => (s.destroy(), resolve(true)));
    s.once('error', () => resolve(false));
    s.setTimeout(1000, () => (s.destroy(), resolve(false)));
  });
}

function rotateLog(file) {
  try {
    if (fs.existsSync(file)) fs.renameSync(file, file + '.1');
  } catch {
    /* ignore */
  }
}

function tail(file, lines = 25) {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

function spawnJava(name, args) {
  fs.mkdirSync(STATE, { recursive: true });
  const logFile = SERVICES[name].logFile();
  rotateLog(logFile);
  const fd = fs.openSync(logFile, 'a');
  const child = spawn('java', args, { cwd: ROOT, detached: true, stdio: ['ignore', fd, fd] });
  fs.closeSync(fd);
  child.unref();
  fs.writeFileSync(SERVICES[name].pidFile(), `${child.pid}\n`);
  return child.pid;
}

function writeLog4j2() {
  const file = path.join(STATE, 'log4j2.properties');
  fs.writeFileSync(
    file,
    [
      'status = warn',
      'appender.out.type = Console',
      'appender.out.name = OUT',
      'appender.out.layout.type = PatternLayout',
      'appender.out.layout.pattern = [%d] %p %m (%c)%n',
      'rootLogger.level = INFO',
      'rootLogger.appenderRef.out.ref = OUT',
      'logger.clients.name = org.apache.kafka.clients',
      'logger.clients.level = WARN',
      'logger.statechange.name = state.change.logger',
      'logger.statechange.level = WARN',
      'logger.netty.name = io.netty',
      'logger.netty.level = WARN',
      // mongo-java-server logs every client connection at INFO; tests open many
      'logger.mongo.name = de.bwaldvogel',
      'logger.mongo.level = WARN',
      'logger.mongoserver.name = de.bwaldvogel.mongo.MongoServer',
      'logger.mongoserver.level = INFO',
      // logs every client that closes its socket (Connection reset) as ERROR with a stack trace
      'logger.mongoexc.name = de.bwaldvogel.mongo.wire.MongoExceptionHandler',
      'logger.mongoexc.level = OFF',
      '',
    ].join('\n'),
  );
  return file;
}

function kafkaProperties(logDir) {
  const kp = kafkaPort();
  const cp = controllerPort();
  return [
    'process.roles=broker,controller',
    'node.id=1',
    `controller.quorum.voters=1@${HOST}:${cp}`,
    `listeners=PLAINTEXT://${HOST}:${kp},CONTROLLER://${HOST}:${cp}`,
    `advertised.listeners=PLAINTEXT://${HOST}:${kp}`,
    'controller.listener.names=CONTROLLER',
    'inter.broker.listener.name=PLAINTEXT',
    'listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT',
    `log.dirs=${logDir}`,
    // production behaviour: topics come from deploy/topics.yaml or the test's own admin calls
    'auto.create.topics.enable=false',
    'num.partitions=3',
    'default.replication.factor=1',
    'min.insync.replicas=1',
    'group.initial.rebalance.delay.ms=0',
    'offsets.topic.replication.factor=1',
    'offsets.topic.num.partitions=10',
    'transaction.state.log.replication.factor=1',
    'transaction.state.log.min.isr=1',
    'transaction.state.log.num.partitions=10',
    'share.coordinator.state.topic.replication.factor=1',
    'share.coordinator.state.topic.min.isr=1',
    'num.network.threads=2',
    'num.io.threads=4',
    'num.recovery.threads.per.data.dir=1',
    'log.retention.check.interval.ms=300000',
    '',
  ].join('\n');
}

/** A Kafka cluster id: 16 random bytes, base64url without padding, never starting with '-'. */
function newClusterId() {
  for (;;) {
    const id = randomBytes(16).toString('base64url');
    if (!id.startsWith('-')) return id;
  }
}

const JVM_COMMON = ['-XX:+ExitOnOutOfMemoryError', '-Djava.awt.headless=true'];
/** The broker's heap (its storage tool's too); the store sizes its own (MONGO_JVM). */
const KAFKA_HEAP = ['-Xms128m', '-Xmx512m'];
/**
 * The broker's collector: the parallel one, as the store's. G1 (with a 20 ms pause goal) spent
 * more of the broker's CPU in its concurrent work than the pauses it spared: 2.9 -> 2.4 ms of the
 * broker's CPU per appraisal in the bench at 10,000 (issue 12, docs/benchmark). A development
 * broker on two cores wants throughput; its young collections stay in the tens of milliseconds.
 * JENJANG_KAFKA_JAVA_OPTS, after these, adds options.
 */
const KAFKA_JVM = ['-XX:+UseParallelGC'];

function startKafka() {
  const dataDir = path.join(DATA, 'kafka');
  const logDir = path.join(dataDir, 'logs');
  fs.mkdirSync(logDir, { recursive: true });
  const props = path.join(STATE, 'kafka.properties');
  fs.mkdirSync(STATE, { recursive: true });
  fs.writeFileSync(props, kafkaProperties(logDir));
  const log4j = `-Dlog4j2.configurationFile=${writeLog4j2()}`;
  const cp = path.join(JARS, '*');
  if (!fs.existsSync(path.join(logDir, 'meta.properties'))) {
    const idFile = path.join(dataDir, 'cluster-id');
    if (!fs.existsSync(idFile)) fs.writeFileSync(idFile, newClusterId() + '\n');
    const clusterId = fs.readFileSync(idFile, 'utf8').trim();
    log(`formatting KRaft storage (cluster id ${clusterId})`);
    const r = spawnSync(
      'java',
      [
        ...JVM_COMMON,
        ...KAFKA_HEAP,
        log4j,
        '-cp',
        cp,
        'kafka.tools.StorageTool',
        'format',
        '-t',
        clusterId,
        '-c',
        props,
      ],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    if (r.status !== 0) throw new Error(`kafka storage format failed:\n${r.stdout}\n${r.stderr}`);
  }
  return spawnJava('kafka', [
    ...JVM_COMMON,
    ...KAFKA_HEAP,
    ...KAFKA_JVM,
    ...(process.env.JENJANG_KAFKA_JAVA_OPTS ?? '').split(' ').filter(Boolean),
    log4j,
    '-cp',
    cp,
    'kafka.Kafka',
    props,
  ]);
}

/**
 * The development store allocates about half a gigabyte a second under the bench's load (BSON
 * decoded and encoded for every command): with the default collector and a 512 MiB heap its young
 * collections took a third of its CPU. A large young generation collected by the parallel
 * collector cut its CPU per appraisal from 11.8 to 7.3 ms (issue 12, docs/benchmark); an initial
 * old generation of half a gigabyte spares it the full collections a small one grew through.
 * JENJANG_MONGO_JAVA_OPTS, after these, adds options or overrides them.
 */
const MONGO_JVM = ['-Xms1536m', '-Xmx2g', '-Xmn1g', '-XX:+UseParallelGC'];

function startMongo() {
  const dataDir = path.join(DATA, 'mongo');
  fs.mkdirSync(dataDir, { recursive: true });
  const log4j = `-Dlog4j2.configurationFile=${writeLog4j2()}`;
  const cp = `${CLASSES}${path.delimiter}${path.join(JARS, '*')}`;
  return spawnJava('mongo', [
    ...JVM_COMMON,
    ...MONGO_JVM,
    ...(process.env.JENJANG_MONGO_JAVA_OPTS ?? '').split(' ').filter(Boolean),
    log4j,
    '-cp',
    cp,
    'JenjangMongoServer',
    dataDir,
    String(mongoPort()),
    HOST,
  ]);
}

async function stopService(name, { graceMs = 30_000 } = {}) {
  const pid = runningPid(name);
  const pidFile = SERVICES[name].pidFile();
  if (!pid) {
    fs.rmSync(pidFile, { force: true });
    return 'not running';
  }
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline && isOurProcess(pid, name)) await sleep(200);
  let how = 'stopped';
  if (isOurProcess(pid, name)) {
    process.kill(pid, 'SIGKILL');
    how = `killed (no exit ${graceMs / 1000}s after SIGTERM)`;
    while (isOurProcess(pid, name)) await sleep(100);
  }
  fs.rmSync(pidFile, { force: true });
  return how;
}

// ---------------------------------------------------------------------------------------------
// probes
// ---------------------------------------------------------------------------------------------
export function parseBrokers(brokers) {
  return (Array.isArray(brokers) ? brokers : String(brokers).split(','))
    .map((b) => b.trim())
    .filter(Boolean);
}

async function kafkaClient(brokers, opts = {}) {
  const { Kafka, logLevel } = await kafkajs();
  return new Kafka({
    clientId: 'jenjang-infra',
    brokers: parseBrokers(brokers),
    logLevel: logLevel.NOTHING,
    connectionTimeout: 2000,
    requestTimeout: 10_000,
    ...opts,
  });
}

/** One attempt: describeCluster and a metadata fetch. Resolves the cluster description or throws. */
export async function probeKafka(brokers) {
  const admin = (await kafkaClient(brokers, { retry: { retries: 0 } })).admin();
  try {
    await admin.connect();
    const cluster = await admin.describeCluster();
    await admin.fetchTopicMetadata({ topics: [] });
    return cluster;
  } finally {
    await admin.disconnect().catch(() => {});
  }
}

/** One attempt: connect, ping, write a document and read it back. Resolves true or throws. */
export async function probeMongo(uri) {
  const mongoose = await loadMongoose();
  const conn = mongoose.createConnection(uri, {
    serverSelectionTimeoutMS: 2000,
    connectTimeoutMS: 2000,
  });
  try {
    await conn.asPromise();
    await conn.db.admin().command({ ping: 1 });
    // Ready means it stores: a write, then the same document read back.
    const probes = conn.getClient().db('jenjang-infra-ready').collection('probes');
    const token = randomBytes(8).toString('hex');
    await probes.updateOne({ _id: 'ready' }, { $set: { token, at: new Date() } }, { upsert: true });
    const back = await probes.findOne({ _id: 'ready' });
    if (back?.token !== token) throw new Error('the store did not read back what it just wrote');
    return true;
  } finally {
    await conn.close().catch(() => {});
  }
}

async function answers(probe, target) {
  try {
    await probe(target);
    return true;
  } catch {
    return false;
  }
}

async function waitFor(name, probe, target, pid) {
  const deadline = Date.now() + timeoutMs();
  let last;
  while (Date.now() < deadline) {
    try {
      await probe(target);
      return;
    } catch (e) {
      last = e;
    }
    if (pid && !isOurProcess(pid, name)) {
      throw new Error(
        `${name} exited during start-up; see ${SERVICES[name].logFile()}\n${tail(SERVICES[name].logFile())}`,
      );
    }
    await sleep(250);
  }
  const where = pid ? `; see ${SERVICES[name].logFile()}\n${tail(SERVICES[name].logFile())}` : '';
  throw new Error(
    `${name} at ${target} did not answer within ${timeoutMs()} ms (${last?.message ?? last})${where}`,
  );
}

// ---------------------------------------------------------------------------------------------
// a cross-process lock, so parallel jest workers/projects do not start two brokers
// ---------------------------------------------------------------------------------------------
async function withLock(fn) {
  const dir = path.join(STATE, 'lock');
  fs.mkdirSync(STATE, { recursive: true });
  const deadline = Date.now() + timeoutMs() * 2;
  for (;;) {
    try {
      fs.mkdirSync(dir);
      fs.writeFileSync(path.join(dir, 'pid'), String(process.pid));
      break;
    } catch (e) {
      if (e.code !== 'EEXIST') throw e;
      let holder = NaN;
      try {
        holder = Number(fs.readFileSync(path.join(dir, 'pid'), 'utf8'));
      } catch {
        /* being written or removed */
      }
      let alive = true;
      if (Number.isInteger(holder) && holder > 0) {
        try {
          process.kill(holder, 0);
        } catch {
          alive = false;
        }
      } else if (
        Date.now() - (fs.statSync(dir, { throwIfNoEntry: false })?.mtimeMs ?? Date.now()) >
        5000
      ) {
        alive = false;
      }
      if (!alive) fs.rmSync(dir, { recursive: true, force: true });
      else if (Date.now() > deadline)
        throw new Error(`timed out waiting for ${dir} (held by pid ${holder})`);
      else await sleep(200);
    }
  }
  try {
    return await fn();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// public API
// ---------------------------------------------------------------------------------------------

/**
 * Makes sure Kafka and Mongo answer. KAFKA_BROKERS / MONGODB_URI, when set, are used as they are
 * (waited for, never started). Otherwise the local processes are started unless already answering.
 * Does not apply topics (see applyTopics).
 * @returns {Promise<{kafkaBrokers: string[], mongoUri: string, started: boolean,
 *   kafka: 'external'|'running'|'started', mongo: 'external'|'running'|'started'}>}
 */
export async function ensureInfra() {
  const extBrokers = process.env.KAFKA_BROKERS?.trim();
  const extMongo = process.env.MONGODB_URI?.trim();
  const kafkaBrokers = extBrokers ? parseBrokers(extBrokers) : [`${HOST}:${kafkaPort()}`];
  const mongoUri = extMongo || `mongodb://${HOST}:${mongoPort()}/jenjang`;

  const result = await withLock(async () => {
    if (!extBrokers || !extMongo) installInfra();
    const state = { kafka: 'external', mongo: 'external' };
    const waits = [];
    if (!extBrokers)
      state.kafka = await ensureLocal(
        'kafka',
        kafkaPort(),
        probeKafka,
        kafkaBrokers,
        startKafka,
        waits,
      );
    if (!extMongo)
      state.mongo = await ensureLocal(
        'mongo',
        mongoPort(),
        probeMongo,
        mongoUri,
        startMongo,
        waits,
      );
    await Promise.all(waits);
    return state;
  });
  // external ones: wait until they answer, too
  if (extBrokers) await waitFor('kafka', probeKafka, kafkaBrokers, null);
  if (extMongo) await waitFor('mongo', probeMongo, mongoUri, null);
  return {
    kafkaBrokers,
    mongoUri,
    started: result.kafka === 'started' || result.mongo === 'started',
    kafka: result.kafka,
    mongo: result.mongo,
  };
}

async function ensureLocal(name, port, probe, target, start, waits) {
  let pid = runningPid(name);
  if (pid) {
    // ours and alive: answering already, or still starting
    waits.push(waitFor(name, probe, target, pid));
    return 'running';
  }
  fs.rmSync(SERVICES[name].pidFile(), { force: true });
  if (await portInUse(port)) {
    if (await answers(probe, target)) return 'running'; // started elsewhere (another checkout); use it
    throw new Error(
      `port ${HOST}:${port} is in use by something that is not a ${name} answering; set JENJANG_${name.toUpperCase()}_PORT`,
    );
  }
  if (name === 'kafka' && (await portInUse(controllerPort()))) {
    throw new Error(
      `Kafka controller port ${HOST}:${controllerPort()} is in use; set JENJANG_KAFKA_CONTROLLER_PORT`,
    );
  }
  pid = start();
  log(`started ${name} (pid ${pid}, log ${path.relative(ROOT, SERVICES[name].logFile())})`);
  waits.push(waitFor(name, probe, target, pid));
  return 'started';
}

/** Stops the local Kafka and Mongo (SIGTERM, then SIGKILL after a grace period). */
export async function stopInfra() {
  const [kafka, mongo] = await Promise.all([
    stopService('kafka'),
    stopService('mongo', { graceMs: 15_000 }),
  ]);
  return { kafka, mongo };
}

/** Where each one is and whether it answers. */
export async function infraStatus() {
  const extBrokers = process.env.KAFKA_BROKERS?.trim();
  const extMongo = process.env.MONGODB_URI?.trim();
  const kafkaBrokers = extBrokers ? parseBrokers(extBrokers) : [`${HOST}:${kafkaPort()}`];
  const mongoUri = extMongo || `mongodb://${HOST}:${mongoPort()}/jenjang`;
  const [kafkaOk, mongoOk] = await Promise.all([
    answers(probeKafka, kafkaBrokers),
    answers(probeMongo, mongoUri),
  ]);
  return {
    kafka: {
      target: kafkaBrokers.join(','),
      external: !!extBrokers,
      pid: extBrokers ? null : runningPid('kafka'),
      answering: kafkaOk,
      log: SERVICES.kafka.logFile(),
    },
    mongo: {
      target: mongoUri,
      external: !!extMongo,
      pid: extMongo ? null : runningPid('mongo'),
      answering: mongoOk,
      log: SERVICES.mongo.logFile(),
    },
  };
}

export {
  applyTopics,
  loadTopicsManifest,
  DEFAULT_TOPICS_MANIFEST,
  isRetriableKafkaError,
  withKafkaRetry,
} from './infra-topics.mjs';
