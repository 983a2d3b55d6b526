// npm run bench: the raw cost of Kafka and the store, then the platform's whole loop.
//   BENCH_APPRAISALS (default 1000,10000)   bulk path: finalized through the import API at once,
//                                     once per size, in this order, in the same run (growth shows
//                                     as the ratio of the throughputs)
//   BENCH_RATE (100) x BENCH_RATE_SECONDS (20)   API path: accepted one by one at a fixed rate
//   BENCH_RATE_PERIOD (TRIWULANAN)    the API path's period; TAHUNAN also times its 9-box
//   BENCH_BASELINE (20000)            messages / documents in the raw baseline
//   BENCH_TIMEOUT_S (900)             give up waiting for the loop after this long
// Results: bench-results/<time>.json and a table on stdout. Uses the running infrastructure
// (npm run infra:up) with its own topics, databases and consumer groups.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { MongoClient } from 'mongodb';
import { Kafka, logLevel } from 'kafkajs';
import {
  appraisalFinalizedV1,
  notificationDeliveredV1,
  talentBoxAssignedV1,
  trainingRecommendedV1,
} from '@jenjang/contracts';
import { mintDevToken } from '@jenjang/auth';
import {
  createTopics,
  databaseUri,
  EvaluationDriver,
  LiveRecorder,
  PlatformUnderTest,
  randomLetters,
  SERVICE_NAMES,
  type AppraisalPlan,
} from '@jenjang/testing';
import { benchEmployees, finalResultsCsv, potentialCsv, skpCsv } from './csv-files';
import { metricSamples, peakMemoryMiB, summarize, sumMetrics } from './stats';
import { cpuPerAppraisal, cpuSnapshot } from './machine-cpu';

const num = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const SIZES = (process.env.BENCH_APPRAISALS ?? '1000,10000')
  .split(',')
  .map((n) => Number(n.trim()))
  .filter((n) => Number.isInteger(n) && n > 0);
const RATE = num('BENCH_RATE', 100);
const RATE_SECONDS = num('BENCH_RATE_SECONDS', 20);
// Quarterly by default, as the earlier runs: only an annual appraisal places anyone in the 9-box.
const RATE_ANNUAL = process.env.BENCH_RATE_PERIOD === 'TAHUNAN';
const BASELINE = num('BENCH_BASELINE', 20000);
const TIMEOUT_MS = num('BENCH_TIMEOUT_S', 900) * 1000;
// Another agency's appraisals finalized one by one through the API while a bulk runs (issue 12
// item 6: agencies do not wait on each other).
const OTHER_AGENCY = num('BENCH_OTHER_AGENCY', 40);
// Every 2 s, and for a bulk of more than 10,000 longer (N / 5 ms: 10 s at 50,000), so that the
// 40 cover most of the bulk's run and not only its first minute.
const OTHER_AGENCY_EVERY_MS = num('BENCH_OTHER_AGENCY_EVERY_MS', 0);
const otherAgencyEveryMs = (n: number) =>
  OTHER_AGENCY_EVERY_MS || Math.max(2000, Math.round(n / 5));
const IMPORT_ROWS = num('BENCH_IMPORT_ROWS', 1000);
const BROKERS = (process.env.KAFKA_BROKERS ?? '127.0.0.1:29092').split(',');
const MONGO = process.env.MONGODB_URI ?? 'mongodb://127.0.0.1:27027/jenjang';
const AGENCY = `bench-${randomLetters(5)}`;
const YEAR = 2026;
const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function kafkaBaseline() {
  const topic = `bench-raw-${randomLetters()}`;
  await createTopics(BROKERS, [topic], 6);
  const kafka = new Kafka({ clientId: 'bench', brokers: BROKERS, logLevel: logLevel.NOTHING });
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  const value = JSON.stringify({ payload: 'x'.repeat(900) }); // about an appraisal-finalized
  let t = Date.now();
  for (let i = 0; i < BASELINE; i += 500) {
    await producer.send({
      topic,
      acks: -1,
      messages: Array.from({ length: Math.min(500, BASELINE - i) }, (_, j) => ({
        key: `emp-${(i + j) % 1000}`,
        value,
      })),
    });
  }
  const produceBatched = BASELINE / ((Date.now() - t) / 1000);
  const single = Math.min(2000, BASELINE);
  t = Date.now();
  for (let i = 0; i < single; i += 1) {
    await producer.send({ topic, acks: -1, messages: [{ key: `emp-${i % 1000}`, value }] });
  }
  const produceOneByOne = single / ((Date.now() - t) / 1000);
  await producer.disconnect();
  const consumer = kafka.consumer({ groupId: `bench-raw-${randomLetters()}` });
  await consumer.connect();
  await consumer.subscribe({ topics: [topic], fromBeginning: true });
  let consumed = 0;
  t = Date.now();
  await consumer.run({ eachMessage: () => ((consumed += 1), Promise.resolve()) });
  while (consumed < BASELINE + single) await sleep(50);
  const consume = consumed / ((Date.now() - t) / 1000);
  await consumer.disconnect();
  return { produceBatched, produceOneByOne, consume };
}

async function mongoBaseline() {
  const client = await new MongoClient(
    databaseUri(MONGO, `bench-raw-${randomLetters()}`),
  ).connect();
  const docs = client.db().collection<{ _id: string; n: number; body: string }>('docs');
  const ids = Array.from({ length: BASELINE }, (_, i) => `doc-${i}`);
  const pool = async (work: (id: string) => Promise<unknown>) => {
    let next = 0;
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        while (next < ids.length) await work(ids[next++]);
      }),
    );
  };
  let t = Date.now();
  await pool((id) => docs.insertOne({ _id: id, n: 1, body: 'x'.repeat(900) }));
  const writes = BASELINE / ((Date.now() - t) / 1000);
  t = Date.now();
  await pool((id) => docs.findOne({ _id: id }));
  const reads = BASELINE / ((Date.now() - t) / 1000);
  await client.db().dropDatabase();
  await client.close();
  return { writes, reads };
}

type Finalized = {
  at: number;
  onTopicAt: number;
  eventId: string;
  appraisalId: string;
  /** An annual appraisal: with the person's potential assessment, it places them in the 9-box. */
  annual: boolean;
};
type LoopTimes = {
  finalized: Map<string, Finalized>;
  noticeAt: Map<string, number>;
  emailAt: Map<string, number>;
  recommendedAt: Map<string, number>;
  /** By appraisal: when its talent-box-assigned arrived on the topic. */
  boxAt: Map<string, number>;
};

/**
 * For each finalized appraisal of `employees`: its feedback notice (in-app, to the pegawai), its
 * feedback email, its recommendation set and, for an annual one, the person's 9-box (the
 * talent-box-assigned that appraisal caused). It reads only the events that arrived since its
 * last look (the whole record, read twice a second, cost the bench's own process most of a core
 * at 50,000 appraisals, on the machine it measures).
 */
class LoopTracker {
  private readonly seen = new Map<string, number>();
  private readonly finalized = new Map<string, Finalized>();
  /** By cause event: the first in-app notice and email delivered to one of `employees`. */
  private readonly notices = new Map<string, number>();
  private readonly emails = new Map<string, number>();
  private readonly recommended = new Map<string, number>();
  private readonly boxes = new Map<string, number>();

  constructor(
    private readonly recorder: LiveRecorder,
    private readonly employees: Set<string>,
  ) {}

  private fresh(topic: string) {
    const all = this.recorder.on(topic);
    const from = this.seen.get(topic) ?? 0;
    this.seen.set(topic, all.length);
    return all.slice(from);
  }

  /** The appraisals of `finalized` that have each part of the loop, kept as events arrive. */
  readonly done = { finalized: 0, annual: 0, notices: 0, emails: 0, sets: 0, boxes: 0 };
  private readonly appraisals = new Set<string>();

  /**
   * Reads the events that arrived since the last call. Each part is counted once, whichever of
   * it and its appraisal's finalized event the recorder read first (topics are read apart).
   */
  update(): void {
    for (const e of this.fresh(appraisalFinalizedV1.topic)) {
      if (!this.employees.has(e.key) || this.finalized.has(e.id)) continue;
      const f: Finalized = {
        at: Date.parse(e.data.finalizedAt as string),
        // When the recorder read it from the topic: finalize→here is evaluation's outbox relay
        // (and its pace), here→notice is the consumers and notification's dispatcher.
        onTopicAt: e.receivedAt,
        eventId: e.id,
        appraisalId: e.data.appraisalId as string,
        annual: (e.data.period as { kind?: string } | undefined)?.kind === 'TAHUNAN',
      };
      this.finalized.set(e.id, f);
      this.appraisals.add(f.appraisalId);
      this.done.finalized += 1;
      if (f.annual) this.done.annual += 1;
      if (this.notices.has(f.eventId)) this.done.notices += 1;
      if (this.emails.has(f.eventId)) this.done.emails += 1;
      if (this.recommended.has(f.appraisalId)) this.done.sets += 1;
      if (this.boxes.has(f.appraisalId)) this.done.boxes += 1;
    }
    for (const e of this.fresh(notificationDeliveredV1.topic)) {
      if (!this.employees.has(e.data.recipientEmployeeId as string)) continue;
      const channel =
        e.data.channel === 'IN_APP' ? 'notices' : e.data.channel === 'EMAIL' ? 'emails' : null;
      if (!channel) continue;
      const byCause = this[channel];
      const cause = e.data.causeEventId as string;
      const at = Date.parse(e.data.deliveredAt as string);
      const known = byCause.get(cause);
      byCause.set(cause, Math.min(known ?? at, at));
      if (known === undefined && this.finalized.has(cause)) this.done[channel] += 1;
    }
    for (const e of this.fresh(trainingRecommendedV1.topic)) {
      const cause = e.data.cause as { appraisalId?: string };
      if (!cause.appraisalId) continue;
      if (!this.recommended.has(cause.appraisalId) && this.appraisals.has(cause.appraisalId)) {
        this.done.sets += 1;
      }
      this.recommended.set(cause.appraisalId, e.receivedAt);
    }
    // The box an annual appraisal placed the person in (cause APPRAISAL_FINALIZED names it); the
    // first one, when a correction moves the person again.
    for (const e of this.fresh(talentBoxAssignedV1.topic)) {
      if (!this.employees.has(e.key)) continue;
      const cause = e.data.cause as { appraisalId?: string };
      if (cause.appraisalId && !this.boxes.has(cause.appraisalId)) {
        this.boxes.set(cause.appraisalId, e.receivedAt);
        if (this.appraisals.has(cause.appraisalId)) this.done.boxes += 1;
      }
    }
  }

  /** Each finalized appraisal's times (a walk over all of them: once, at the end). */
  times(): LoopTimes {
    this.update();
    const noticeAt = new Map<string, number>();
    const emailAt = new Map<string, number>();
    const recommendedAt = new Map<string, number>();
    const boxAt = new Map<string, number>();
    for (const f of this.finalized.values()) {
      const notice = this.notices.get(f.eventId);
      const email = this.emails.get(f.eventId);
      const set = this.recommended.get(f.appraisalId);
      const box = this.boxes.get(f.appraisalId);
      if (notice !== undefined) noticeAt.set(f.eventId, notice);
      if (email !== undefined) emailAt.set(f.eventId, email);
      if (set !== undefined) recommendedAt.set(f.appraisalId, set);
      if (box !== undefined) boxAt.set(f.appraisalId, box);
    }
    return { finalized: new Map(this.finalized), noticeAt, emailAt, recommendedAt, boxAt };
  }
}

/** How many of the finalized appraisals place their person in the 9-box (the annual ones). */
const boxesExpected = (times: LoopTimes) =>
  [...times.finalized.values()].filter((f) => f.annual).length;

async function waitForLoop(
  recorder: LiveRecorder,
  employees: Set<string>,
  what: string,
): Promise<LoopTimes> {
  const tracker = new LoopTracker(recorder, employees);
  const deadline = Date.now() + TIMEOUT_MS;
  let last = '';
  // Counted as the events arrive: each look costs what arrived since the last, not the run's
  // size (walking every appraisal twice a second cost the bench 6 ms of CPU per appraisal at
  // 50,000, on the machine it measures).
  for (;;) {
    tracker.update();
    const d = tracker.done;
    const line = `${what}: ${d.finalized}/${employees.size} final, ${d.notices} notices, ${d.emails} emails, ${d.sets} recommendation sets, ${d.boxes}/${d.annual} 9-boxes`;
    if (line !== last) log(line);
    last = line;
    const all = employees.size;
    if (
      d.finalized === all &&
      d.notices === all &&
      d.emails === all &&
      d.sets === all &&
      d.boxes === d.annual
    ) {
      return tracker.times();
    }
    if (Date.now() > deadline) {
      log(`${what}: gave up after ${TIMEOUT_MS / 1000} s`);
      return tracker.times();
    }
    await sleep(500);
  }
}

async function importCsv(url: string, path: string, csv: string, agencyId = AGENCY): Promise<void> {
  const token = await mintDevToken({ roles: ['ADMIN_INSTANSI'], agencyId });
  const res = await fetch(`${url}/api/v1/${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' },
    body: csv,
  });
  if (!res.ok)
    throw new Error(`import ${path}: ${res.status} ${(await res.text()).slice(0, 2000)}`);
}

/**
 * A potential assessment for each person through career-planning's import, so that an annual
 * appraisal places them in the 9-box (kinerja × potensi) and publishes talent-box-assigned.
 * Before the measured window, like the SKPs.
 */
async function importPotentials(
  platform: PlatformUnderTest,
  agencyId: string,
  employeeIds: string[],
): Promise<void> {
  for (let i = 0; i < employeeIds.length; i += IMPORT_ROWS) {
    await importCsv(
      platform.url('career-planning'),
      'imports/potential-assessments',
      potentialCsv(employeeIds.slice(i, i + IMPORT_ROWS), YEAR),
      agencyId,
    );
  }
}

const COST_METRICS = [
  'jenjang_mongodb_commands_total',
  'jenjang_kafka_requests_total',
  'process_cpu_seconds_total',
];

/** Per service: store commands, Kafka requests and CPU seconds so far (from its /metrics). */
async function costs(platform: PlatformUnderTest) {
  const entries = await Promise.all(
    SERVICE_NAMES.map(async (s) => {
      const text = await (await fetch(`${platform.url(s)}/metrics`)).text();
      const byCommand = metricSamples(text, 'jenjang_mongodb_commands_total');
      const byApi = metricSamples(text, 'jenjang_kafka_requests_total');
      return [
        s,
        {
          ...sumMetrics(text, COST_METRICS),
          ...prefixed('store', byCommand),
          ...prefixed('kafka', byApi),
        },
      ] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<string, Record<string, number>>;
}

const prefixed = (prefix: string, samples: Record<string, number>) =>
  Object.fromEntries(Object.entries(samples).map(([k, v]) => [`${prefix}${k}`, v]));

/**
 * One metric's samples per appraisal (those under `prefix` in a snapshot), named by `labels`'
 * values ("update deliveries", "consumer Fetch"), the largest first.
 */
function breakdown(
  prefix: string,
  labels: string[],
  before: Record<string, number>,
  after: Record<string, number>,
  n: number,
): Record<string, number> {
  return Object.fromEntries(
    Object.keys(after)
      .filter((k) => k.startsWith(`${prefix}{`))
      .map((k) => {
        const values = Object.fromEntries(
          [...k.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]),
        );
        const name = labels.map((l) => values[l]).join(' ');
        return [name, (after[k] - (before[k] ?? 0)) / n];
      })
      .filter(([, v]) => (v as number) >= 0.01)
      .sort((a, b) => (b[1] as number) - (a[1] as number))
      .map(([k, v]) => [k, Math.round((v as number) * 100) / 100]),
  );
}

/** What the work between two snapshots cost per appraisal, per service and in all. */
function perAppraisal(
  before: Record<string, Record<string, number>>,
  after: Record<string, Record<string, number>>,
  n: number,
) {
  const per = (s: string, m: string) => (after[s][m] - before[s][m]) / n;
  const services = Object.fromEntries(
    SERVICE_NAMES.map((s) => [
      s,
      {
        storeOps: per(s, 'jenjang_mongodb_commands_total'),
        kafkaRequests: per(s, 'jenjang_kafka_requests_total'),
        cpuSeconds: per(s, 'process_cpu_seconds_total'),
        storeOpsByCommand: breakdown('store', ['command', 'collection'], before[s], after[s], n),
        kafkaRequestsByApi: breakdown('kafka', ['client', 'api'], before[s], after[s], n),
      },
    ]),
  );
  const total = (k: 'storeOps' | 'kafkaRequests' | 'cpuSeconds') =>
    Object.values(services).reduce((sum, v) => sum + v[k], 0);
  return {
    services,
    storeOps: total('storeOps'),
    kafkaRequests: total('kafkaRequests'),
    cpuSeconds: total('cpuSeconds'),
  };
}

type ReadyAppraisal = {
  plan: AppraisalPlan;
  appraisal: Awaited<ReturnType<EvaluationDriver['setPredikat']>>;
};

/**
 * The people's entries in notification's recipient directory, with an email address each, so
 * that every feedback notice also goes out as an email over SMTP to the run's mailbox (without
 * an address the email is failed at once, NO_ADDRESS, and nothing is sent). Before the measured
 * window, like the SKPs.
 */
async function importRecipients(
  platform: PlatformUnderTest,
  agencyId: string,
  employeeIds: string[],
): Promise<void> {
  for (let i = 0; i < employeeIds.length; i += IMPORT_ROWS) {
    const rows = employeeIds
      .slice(i, i + IMPORT_ROWS)
      .map((id) => `${id},Pegawai ${id},${id}@bench.example.go.id,id`);
    await importCsv(
      platform.url('notification'),
      `agencies/${agencyId}/imports/recipients`,
      ['employee_id,nama,email,bahasa', ...rows].join('\n'),
      agencyId,
    );
  }
}

/** Appraisals of a second agency taken up to the predikat through the API, to accept later. */
async function prepareOtherAgency(platform: PlatformUnderTest, count: number) {
  const driver = new EvaluationDriver(platform.url('evaluation'));
  const agencyId = `other-${randomLetters(5)}`;
  await driver.setOrganisationPredikat(agencyId, 'other-unit', YEAR, 'ISTIMEWA');
  const plans = Array.from({ length: count }, (_, i): AppraisalPlan => ({
    agencyId,
    employeeId: `other-${randomLetters(4)}-${i}`,
    penilaiId: 'other-penilai',
    atasanPenilaiId: 'other-atasan',
    unitId: 'other-unit',
    position: { id: 'jab-analis', name: 'Analis Kebijakan', group: 'FUNGSIONAL' },
    year: YEAR,
    period: { kind: 'TRIWULANAN', index: 1 + (i % 4) },
    hasilKerja: 'SESUAI_EKSPEKTASI',
    perilakuKerja: 'SESUAI_EKSPEKTASI',
  }));
  // The SKP takes its penilai and atasan from the org chart: place them first.
  await driver.place(BROKERS, plans);
  await importRecipients(
    platform,
    agencyId,
    plans.map((p) => p.employeeId),
  );
  await importPotentials(
    platform,
    agencyId,
    plans.map((p) => p.employeeId),
  );
  const ready: ReadyAppraisal[] = [];
  for (const plan of plans) {
    const rated = await driver.ratedAppraisal(plan);
    ready.push({ plan, appraisal: await driver.setPredikat(plan, rated) });
  }
  return { driver, ready };
}

/** The finalized appraisals of `times` whose notice arrived. */
function noticed(times: LoopTimes): Finalized[] {
  return [...times.finalized.values()].filter((f) => times.noticeAt.has(f.eventId));
}

/** finalize→notice of each appraisal of `employees` that has both, in ms. */
function noticeLatencies(times: LoopTimes): number[] {
  return noticed(times).map((f) => times.noticeAt.get(f.eventId)! - f.at);
}

/** finalize→9-box of each annual appraisal that placed its person, in ms (until on the topic). */
function boxLatencies(times: LoopTimes): number[] {
  return [...times.finalized.values()]
    .filter((f) => times.boxAt.has(f.appraisalId))
    .map((f) => times.boxAt.get(f.appraisalId)! - f.at);
}

/**
 * The slowest of `times` to their notice, with when they were finalized (seconds after `t0`,
 * the start of the bulk) and both stages: which part of a run, and which stage, the tail is.
 */
function slowestNotices(times: LoopTimes, t0: number, count = 5) {
  return noticed(times)
    .map((f) => ({
      atSeconds: Math.round((f.at - t0) / 100) / 10,
      toTopicMs: f.onTopicAt - f.at,
      toNoticeMs: times.noticeAt.get(f.eventId)! - f.at,
    }))
    .sort((a, b) => b.toNoticeMs - a.toNoticeMs)
    .slice(0, count);
}

/** The two stages of finalize→notice: to the public topic, and from there to the notice. */
function stageLatencies(times: LoopTimes) {
  const done = noticed(times);
  return {
    finalizeToTopicMs: summarize(done.map((f) => f.onTopicAt - f.at)),
    topicToNoticeMs: summarize(done.map((f) => times.noticeAt.get(f.eventId)! - f.onTopicAt)),
  };
}

async function bulkPath(platform: PlatformUnderTest, recorder: LiveRecorder, N: number) {
  const run = randomLetters(4);
  const employees = benchEmployees(run, N);
  const chunks: (typeof employees)[] = [];
  // Imports of 1 000 rows: one request per chunk, each well inside the server's request timeout.
  for (let i = 0; i < employees.length; i += IMPORT_ROWS) {
    chunks.push(employees.slice(i, i + IMPORT_ROWS));
  }
  const url = platform.url('evaluation');
  for (const chunk of chunks) await importCsv(url, 'imports/skp', skpCsv(chunk, YEAR));
  await importRecipients(
    platform,
    AGENCY,
    employees.map((e) => e.employeeId),
  );
  await importPotentials(
    platform,
    AGENCY,
    employees.map((e) => e.employeeId),
  );
  log(
    `bulk: ${N} SKPs and potential assessments imported; preparing ${OTHER_AGENCY} appraisals of another agency`,
  );
  const other = await prepareOtherAgency(platform, OTHER_AGENCY);
  log('bulk: importing the final results');
  const before = await costs(platform);
  const cpuBefore = cpuSnapshot();
  const t0 = Date.now();
  let bulkDone = false;
  // While the bulk runs, the other agency accepts one appraisal every otherAgencyEveryMs(N).
  const probe = (async () => {
    const sent: string[] = [];
    for (const r of other.ready) {
      if (bulkDone) break;
      try {
        await other.driver.accept(r.plan, r.appraisal);
        sent.push(r.plan.employeeId);
      } catch (error) {
        log(`other agency: accept failed (${(error as Error).message}); not counted`);
      }
      await sleep(otherAgencyEveryMs(N));
    }
    return sent;
  })();
  for (const chunk of chunks)
    await importCsv(url, 'imports/final-results', finalResultsCsv(chunk, YEAR));
  const importedMs = Date.now() - t0;
  const ids = new Set(employees.map((e) => e.employeeId));
  const times = await waitForLoop(recorder, ids, 'bulk');
  const { finalized, noticeAt, emailAt, recommendedAt, boxAt } = times;
  bulkDone = true;
  const sent = await probe;
  const otherTimes = await waitForLoop(recorder, new Set(sent), 'other agency');
  let allDone = 0;
  for (const stage of [recommendedAt, noticeAt, emailAt, boxAt]) {
    for (const at of stage.values()) allDone = Math.max(allDone, at);
  }
  // The counters after the loop: what the final-results import and everything it set off cost
  // (the SKP import before the first snapshot is not counted).
  const cost = perAppraisal(before, await costs(platform), N);
  const cpu = cpuPerAppraisal(cpuBefore, cpuSnapshot(), N);
  return {
    appraisals: N,
    perAppraisal: cost,
    cpu,
    importSeconds: importedMs / 1000,
    wholeLoopSeconds: (allDone - t0) / 1000,
    appraisalsPerSecond: N / ((allDone - t0) / 1000),
    finalized: finalized.size,
    notices: noticeAt.size,
    emails: emailAt.size,
    recommendationSets: [...finalized.values()].filter((f) => recommendedAt.has(f.appraisalId))
      .length,
    // 9-boxes placed by the appraisals (talent-box-assigned), of those expected (the annual ones).
    boxes: boxAt.size,
    boxesExpected: boxesExpected(times),
    finalizeToBoxMs: summarize(boxLatencies(times)),
    otherAgencyFinalizeToNoticeMs: summarize(noticeLatencies(otherTimes)),
    otherAgencyStages: stageLatencies(otherTimes),
    otherAgencySlowest: slowestNotices(otherTimes, t0),
  };
}

async function ratePath(platform: PlatformUnderTest, recorder: LiveRecorder) {
  const driver = new EvaluationDriver(platform.url('evaluation'));
  const total = RATE * RATE_SECONDS;
  const units = 10;
  for (let u = 0; u < units; u += 1) {
    await driver.setOrganisationPredikat(AGENCY, `rate-unit-${u}`, YEAR, 'ISTIMEWA');
  }
  const plans: AppraisalPlan[] = Array.from({ length: total }, (_, i) => ({
    agencyId: AGENCY,
    employeeId: `rate-${randomLetters(4)}-${i}`,
    penilaiId: `rate-penilai-${i % units}`,
    atasanPenilaiId: `rate-atasan-${i % units}`,
    unitId: `rate-unit-${i % units}`,
    position: { id: 'jab-analis', name: 'Analis Kebijakan', group: 'FUNGSIONAL' },
    year: YEAR,
    period: RATE_ANNUAL ? { kind: 'TAHUNAN' } : { kind: 'TRIWULANAN', index: 1 + (i % 4) },
    hasilKerja: 'SESUAI_EKSPEKTASI',
    perilakuKerja: 'SESUAI_EKSPEKTASI',
  }));
  // The org chart the SKPs take their penilai and atasan from, as career planning publishes it.
  await driver.place(BROKERS, plans);
  await importRecipients(
    platform,
    AGENCY,
    plans.map((p) => p.employeeId),
  );
  await importPotentials(
    platform,
    AGENCY,
    plans.map((p) => p.employeeId),
  );
  log(`rate: preparing ${total} appraisals up to the predikat through the API`);
  const ready: {
    plan: AppraisalPlan;
    appraisal: Awaited<ReturnType<EvaluationDriver['setPredikat']>>;
  }[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (next < plans.length) {
        const plan = plans[next++];
        const rated = await driver.ratedAppraisal(plan);
        ready.push({ plan, appraisal: await driver.setPredikat(plan, rated) });
      }
    }),
  );
  log(`rate: accepting ${total} at ${RATE}/s`);
  const started = Date.now();
  const accepts: Promise<unknown>[] = [];
  for (let i = 0; i < ready.length; i += 1) {
    const due = started + (i * 1000) / RATE;
    if (due > Date.now()) await sleep(due - Date.now());
    accepts.push(driver.accept(ready[i].plan, ready[i].appraisal));
  }
  await Promise.all(accepts);
  const offeredSeconds = (Date.now() - started) / 1000;
  const ids = new Set(plans.map((p) => p.employeeId));
  const times = await waitForLoop(recorder, ids, 'rate');
  return {
    offeredRatePerSecond: RATE,
    achievedRatePerSecond: total / offeredSeconds,
    appraisals: total,
    finalizeToNoticeMs: summarize(noticeLatencies(times)),
    finalizeToEmailMs: summarize(
      [...times.finalized.values()]
        .filter((f) => times.emailAt.has(f.eventId))
        .map((f) => times.emailAt.get(f.eventId)! - f.at),
    ),
    boxes: times.boxAt.size,
    boxesExpected: boxesExpected(times),
    finalizeToBoxMs: summarize(boxLatencies(times)),
    stages: stageLatencies(times),
  };
}

async function main(): Promise<void> {
  // Ctrl-C: exit, and PlatformUnderTest's exit hook stops the services it started.
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => process.exit(130));
  log(`baseline: ${BASELINE} Kafka messages and ${BASELINE} documents`);
  const kafka = await kafkaBaseline();
  const mongo = await mongoBaseline();
  log('starting the five services');
  const platform = await new PlatformUnderTest({
    brokers: BROKERS,
    mongoUri: MONGO,
    keepMails: false,
  }).start();
  const recorder = await new LiveRecorder(BROKERS, [
    appraisalFinalizedV1.topic,
    notificationDeliveredV1.topic,
    trainingRecommendedV1.topic,
    talentBoxAssignedV1.topic,
  ]).start();
  const bulks: Awaited<ReturnType<typeof bulkPath>>[] = [];
  let rate: Awaited<ReturnType<typeof ratePath>> | undefined;
  try {
    for (const n of SIZES) bulks.push(await bulkPath(platform, recorder, n));
    if (RATE > 0 && RATE_SECONDS > 0) rate = await ratePath(platform, recorder);
  } finally {
    // A service that died during the run: its last lines say why (an out-of-memory, a crash).
    for (const [name, service] of platform.services) {
      if (service.proc.hasExited) log(`${name} exited during the run:\n${service.proc.output()}`);
    }
    const memory = Object.fromEntries(
      SERVICE_NAMES.map((s) => [
        s,
        peakMemoryMiB(platform.services.get(s)?.proc.pid, (p) => readFileSync(p, 'utf8')),
      ]),
    );
    await recorder.stop();
    await platform.stop();
    const result = {
      at: new Date().toISOString(),
      machine: {
        cpus: cpus().length,
        cpu: cpus()[0]?.model,
        memoryGiB: Math.round(totalmem() / 2 ** 30),
      },
      baseline: { kafka, mongo },
      bulk: bulks[0],
      bulks,
      growth:
        bulks.length > 1
          ? bulks[bulks.length - 1].appraisalsPerSecond / bulks[0].appraisalsPerSecond
          : undefined,
      rate,
      // Emails the run's SMTP mailbox accepted (the bulks', the other agency's and the rate's).
      mailboxReceived: platform.mail.received,
      peakMemoryMiB: memory,
      ratio: bulks[0]
        ? {
            loopAppraisalsPerSecondVsKafkaOneByOne:
              bulks[0].appraisalsPerSecond / kafka.produceOneByOne,
            loopAppraisalsPerSecondVsMongoWrites: bulks[0].appraisalsPerSecond / mongo.writes,
          }
        : undefined,
    };
    mkdirSync('bench-results', { recursive: true });
    const file = join('bench-results', `${result.at.replace(/[:.]/g, '-')}.json`);
    writeFileSync(file, JSON.stringify(result, null, 2));
    printTable(result);
    log(`results written to ${file}`);
  }
}

function printTable(r: {
  baseline: { kafka: Record<string, number>; mongo: Record<string, number> };
  bulks: {
    appraisals: number;
    wholeLoopSeconds: number;
    appraisalsPerSecond: number;
    perAppraisal: ReturnType<typeof perAppraisal>;
    otherAgencyFinalizeToNoticeMs: ReturnType<typeof summarize>;
    otherAgencyStages: ReturnType<typeof stageLatencies>;
    otherAgencySlowest?: ReturnType<typeof slowestNotices>;
    cpu: ReturnType<typeof cpuPerAppraisal>;
    boxes: number;
    boxesExpected: number;
    finalizeToBoxMs: ReturnType<typeof summarize>;
  }[];
  growth?: number;
  rate?: {
    offeredRatePerSecond: number;
    finalizeToNoticeMs: ReturnType<typeof summarize>;
    stages: ReturnType<typeof stageLatencies>;
    boxes: number;
    boxesExpected: number;
    finalizeToBoxMs: ReturnType<typeof summarize>;
  };
  peakMemoryMiB: Record<string, number | undefined>;
}): void {
  const f = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? '-' : n.toFixed(0));
  const ps = (l: ReturnType<typeof summarize>) => `${f(l.p50)} / ${f(l.p95)} / ${f(l.p99)}`;
  const boxRows = (
    at: string,
    b: { boxes: number; boxesExpected: number; finalizeToBoxMs: ReturnType<typeof summarize> },
  ): [string, string][] => [
    [`${at} 9-boxes placed (talent-box-assigned) / expected`, `${b.boxes} / ${b.boxesExpected}`],
    [`${at} finalize→9-box p50/p95/p99 (ms)`, ps(b.finalizeToBoxMs)],
  ];
  const stageRows = (at: string, s: ReturnType<typeof stageLatencies>): [string, string][] => [
    [`${at} finalize→on the topic p50/p95/p99 (ms)`, ps(s.finalizeToTopicMs)],
    [`${at} topic→notice p50/p95/p99 (ms)`, ps(s.topicToNoticeMs)],
  ];
  const rows: [string, string][] = [
    ['Kafka produce, batched (msg/s)', f(r.baseline.kafka.produceBatched)],
    ['Kafka produce, one by one (msg/s)', f(r.baseline.kafka.produceOneByOne)],
    ['Kafka consume (msg/s)', f(r.baseline.kafka.consume)],
    ['Store writes (doc/s)', f(r.baseline.mongo.writes)],
    ['Store reads (doc/s)', f(r.baseline.mongo.reads)],
  ];
  const g = (n: number) => (Number.isFinite(n) ? n.toFixed(n < 10 ? 2 : 1) : '-');
  for (const b of r.bulks) {
    const at = `Bulk ${b.appraisals}:`;
    rows.push([`${at} whole loop (s)`, b.wholeLoopSeconds.toFixed(1)]);
    rows.push([`${at} appraisals through the loop per second`, f(b.appraisalsPerSecond)]);
    rows.push(...boxRows(at, b));
    const p = b.perAppraisal;
    rows.push([`${at} store operations per appraisal`, g(p.storeOps)]);
    rows.push([`${at} Kafka requests per appraisal`, g(p.kafkaRequests)]);
    rows.push([`${at} CPU ms per appraisal, all services`, g(p.cpuSeconds * 1000)]);
    const c = b.cpu;
    rows.push([
      `${at} CPU ms per appraisal, store / broker / bench / whole machine`,
      `${g(c.storeCpuMs ?? NaN)} / ${g(c.brokerCpuMs ?? NaN)} / ${g(c.benchCpuMs ?? NaN)} / ${g(c.machineBusyCpuMs ?? NaN)}`,
    ]);
    rows.push([
      `${at} machine busy; ceiling at that cost (appraisals/s)`,
      `${f((c.machineBusyShare ?? NaN) * 100)} %; ${f(c.ceilingPerSecond)}`,
    ]);
    const o = b.otherAgencyFinalizeToNoticeMs;
    rows.push([
      `${at} another agency meanwhile: finalize→notice p50/p95/p99 (ms)`,
      `${ps(o)} (n=${o.n})`,
    ]);
    rows.push(...stageRows(`${at}   of which`, b.otherAgencyStages));
    if (b.otherAgencySlowest?.length) {
      rows.push([
        `${at}   slowest: finalized at (s), to the topic / to the notice (ms)`,
        b.otherAgencySlowest
          .map((x) => `${f(x.atSeconds)}: ${f(x.toTopicMs)}/${f(x.toNoticeMs)}`)
          .join(', '),
      ]);
    }
    for (const [s, v] of Object.entries(p.services)) {
      rows.push([
        `${at}   ${s}: store ops / Kafka requests / CPU ms`,
        `${g(v.storeOps)} / ${g(v.kafkaRequests)} / ${g(v.cpuSeconds * 1000)}`,
      ]);
    }
  }
  if (r.growth !== undefined) {
    rows.push([
      `Throughput at ${r.bulks[r.bulks.length - 1].appraisals} vs ${r.bulks[0].appraisals}`,
      `${(r.growth * 100).toFixed(0)} %`,
    ]);
  }
  if (r.rate) {
    const l = r.rate.finalizeToNoticeMs;
    rows.push([
      `At ${r.rate.offeredRatePerSecond}/s: finalize→notice p50/p95/p99 (ms)`,
      `${ps(l)} (n=${l.n})`,
    ]);
    rows.push(...stageRows(`At ${r.rate.offeredRatePerSecond}/s:   of which`, r.rate.stages));
    rows.push(...boxRows(`At ${r.rate.offeredRatePerSecond}/s:`, r.rate));
  }
  for (const [s, m] of Object.entries(r.peakMemoryMiB)) rows.push([`Peak memory ${s} (MiB)`, f(m)]);
  const width = Math.max(...rows.map(([k]) => k.length));
  for (const [k, v] of rows) process.stdout.write(`${k.padEnd(width)}  ${v}\n`);
}

main().catch((error: unknown) => {
  log(error instanceof Error ? (error.stack ?? error.message) : String(error));
  // fetch's own error says only "fetch failed": the reason (refused, reset, a timeout) is its cause.
  const cause = error instanceof Error ? error.cause : undefined;
  if (cause) log(`caused by: ${cause instanceof Error ? cause.message : JSON.stringify(cause)}`);
  process.exit(1);
});
