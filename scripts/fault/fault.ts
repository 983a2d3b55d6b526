// npm run fault: scripted fault runs on 127.0.0.1, bounded in time, on a broker and store of
// their own (so the development ones are untouched). During a burst of final appraisals:
//   1. each service in turn is killed with SIGKILL and restarted,
//   2. the Kafka broker is killed with SIGKILL and brought back,
//   3. the SMTP server refuses deliveries for a while.
// Then: every appraisal must have exactly one feedback notice in the pegawai's inbox, exactly one
// feedback email, and exactly one recommendation set. Prints the counts; exit 1 on any loss or
// double. FAULT_APPRAISALS (default 300) per burst, FAULT_TIMEOUT_S (600).
import { mintDevToken } from '@jenjang/auth';
import { PlatformUnderTest, randomLetters, SERVICE_NAMES, sleep } from '@jenjang/testing';
import { benchEmployees, finalResultsCsv, skpCsv, type BenchEmployee } from '../bench/csv-files';
import { IsolatedInfra } from './isolated-infra';

const N = Number(process.env.FAULT_APPRAISALS ?? 300);
const TIMEOUT_MS = Number(process.env.FAULT_TIMEOUT_S ?? 600) * 1000;
const AGENCY = `fault-${randomLetters(5)}`;
const YEAR = 2026;
const log = (line: string) => process.stderr.write(`[fault] ${line}\n`);
const emailOf = (e: BenchEmployee) => `${e.employeeId}@fault.jenjang.go.id`;

async function api(base: string, method: string, path: string, token: string, body?: unknown) {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(typeof body === 'string'
        ? { 'content-type': 'text/csv' }
        : body
          ? { 'content-type': 'application/json' }
          : {}),
    },
    body: typeof body === 'string' ? body : body ? JSON.stringify(body) : undefined,
  });
  if (!res.ok)
    throw new Error(`${method} ${path}: ${res.status} ${(await res.text()).slice(0, 500)}`);
  return res.json();
}

async function prepare(platform: PlatformUnderTest, employees: BenchEmployee[]): Promise<void> {
  const admin = await mintDevToken({ roles: ['ADMIN_INSTANSI'], agencyId: AGENCY });
  for (const e of employees) {
    await api(
      platform.url('notification'),
      'PUT',
      `/api/v1/agencies/${AGENCY}/recipients/${e.employeeId}`,
      admin,
      {
        email: emailOf(e),
        language: 'id',
      },
    );
  }
  await api(
    platform.url('evaluation'),
    'POST',
    '/api/v1/imports/skp',
    admin,
    skpCsv(employees, YEAR),
  );
}

async function finalize(platform: PlatformUnderTest, employees: BenchEmployee[]): Promise<void> {
  const admin = await mintDevToken({ roles: ['ADMIN_INSTANSI'], agencyId: AGENCY });
  await api(
    platform.url('evaluation'),
    'POST',
    '/api/v1/imports/final-results',
    admin,
    finalResultsCsv(employees, YEAR),
  );
}

interface Counts {
  employees: number;
  notices: Record<string, number>;
  emails: Record<string, number>;
  sets: Record<string, number>;
}

/** How many of each effect every employee has: 1 is right, 0 lost, 2+ doubled. */
async function count(platform: PlatformUnderTest, employees: BenchEmployee[]): Promise<Counts> {
  const histogram = (values: number[]) =>
    values.reduce<Record<string, number>>((h, v) => ({ ...h, [v]: (h[v] ?? 0) + 1 }), {});
  const notices: number[] = [];
  const sets: number[] = [];
  const admin = await mintDevToken({ roles: ['ADMIN_INSTANSI'], agencyId: AGENCY });
  for (const e of employees) {
    const pegawai = await mintDevToken({
      roles: ['PEGAWAI'],
      agencyId: AGENCY,
      employeeId: e.employeeId,
    });
    const inbox = (await api(platform.url('notification'), 'GET', '/api/v1/me/inbox', pegawai)) as {
      items: { type: string }[];
    };
    notices.push(inbox.items.filter((i) => i.type === 'appraisal-feedback').length);
    const list = (await api(
      platform.url('training'),
      'GET',
      `/api/v1/recommendation-sets?employeeId=${e.employeeId}`,
      admin,
    )) as { cause: { appraisalId?: string } }[];
    sets.push(list.filter((s) => s.cause.appraisalId).length);
  }
  const emails = employees.map(
    (e) =>
      platform.mail
        .to(emailOf(e))
        .filter((m) => m.headers['x-jenjang-notification-type'] === 'appraisal-feedback').length,
  );
  return {
    employees: employees.length,
    notices: histogram(notices),
    emails: histogram(emails),
    sets: histogram(sets),
  };
}

const exact = (c: Counts) =>
  [c.notices, c.emails, c.sets].every((h) => Object.keys(h).length === 1 && h['1'] === c.employees);

async function converge(platform: PlatformUnderTest, employees: BenchEmployee[]): Promise<Counts> {
  const deadline = Date.now() + TIMEOUT_MS;
  let counts = await count(platform, employees);
  while (!exact(counts) && Date.now() < deadline) {
    log(`waiting: ${JSON.stringify(counts)}`);
    await sleep(5000);
    counts = await count(platform, employees);
  }
  return counts;
}

async function main(): Promise<void> {
  // Ctrl-C: exit, and PlatformUnderTest's exit hook stops the services it started.
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => process.exit(130));
  const started = Date.now();
  const infra = new IsolatedInfra();
  log(`starting a broker and store of our own (${infra.stateDir})`);
  await infra.up();
  const platform = await new PlatformUnderTest({
    brokers: infra.brokers,
    mongoUri: infra.mongoUri,
    env: {
      notification: { SMTP_TIMEOUT_MS: '2000' },
      // The counts read every employee's recommendation sets as one HR admin, every 5 s while a
      // burst converges: more than a person's limit a minute (a slow convergence failed on 429).
      training: { RATE_LIMIT_PER_PRINCIPAL: '0' },
    },
  }).start();
  const results: Record<string, Counts> = {};
  try {
    // 1. SIGKILL each service in turn during a burst; the SMTP server refuses for a while too.
    const first = benchEmployees(`k${randomLetters(3)}`, N);
    await prepare(platform, first);
    platform.mail.refuseNext(Math.ceil(N / 3));
    log(
      `burst 1: ${N} final appraisals; killing each service in turn; SMTP refuses ${Math.ceil(N / 3)}`,
    );
    await finalize(platform, first);
    for (const name of SERVICE_NAMES) {
      await sleep(1500);
      log(`  SIGKILL ${name}`);
      await platform.kill(name);
      await sleep(1000);
      await platform.restart(name);
      log(`  ${name} back`);
    }
    results.serviceKillsAndSmtpRefusals = await converge(platform, first);
    log(
      `burst 1: ${JSON.stringify(results.serviceKillsAndSmtpRefusals)} (SMTP refused ${platform.mail.refused})`,
    );

    // 2. SIGKILL the broker during a burst and bring it back.
    const second = benchEmployees(`b${randomLetters(3)}`, N);
    await prepare(platform, second);
    log(`burst 2: ${N} final appraisals; killing the Kafka broker`);
    await finalize(platform, second);
    await sleep(1000);
    infra.killKafka();
    log('  broker SIGKILLed; back in 10 s');
    await sleep(10_000);
    await infra.up();
    log('  broker back');
    results.brokerKill = await converge(platform, second);
    log(`burst 2: ${JSON.stringify(results.brokerKill)}`);
  } finally {
    await platform.stop();
    await infra.down();
  }
  const ok = Object.values(results).every(exact) && Object.keys(results).length === 2;
  process.stdout.write(
    `${JSON.stringify({ ok, seconds: Math.round((Date.now() - started) / 1000), smtpRefused: platform.mail.refused, results }, null, 2)}\n`,
  );
  process.exit(ok ? 0 : 1);
}

main().catch((error: unknown) => {
  log(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
