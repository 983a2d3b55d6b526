// The quick start's walk-through (run by scripts/platform.mjs once the services are ready): loads
// the demo agency, then takes one civil servant through the loop with live output, through the
// public APIs and the public topics only: SKP approved -> rated -> predikat set -> FINAL -> the
// feedback notice in the inbox and the email in the mailbox -> training recommendations with
// their reasons -> competency gaps -> the 9-box for the annual appraisal.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import {
  appraisalFinalizedV1,
  gapsAssessedV1,
  notificationDeliveredV1,
  talentBoxAssignedV1,
  trainingRecommendedV1,
  type GapsAssessedV1,
  type TalentBoxAssignedV1,
  type TrainingRecommendedV1,
} from '@jenjang/contracts';
import { EvaluationDriver, LiveRecorder, type AppraisalPlan } from '@jenjang/testing';

const ROOT = join(__dirname, '..');
const BROKERS = (
  process.env.KAFKA_BROKERS ?? `127.0.0.1:${process.env.JENJANG_KAFKA_PORT ?? '29092'}`
).split(',');
const url = (port: string | undefined, fallback: number) => `http://127.0.0.1:${port ?? fallback}`;
const API = {
  evaluation: url(process.env.EVALUATION_PORT, 3001),
  career: url(process.env.CAREER_PLANNING_PORT, 3004),
  notification: url(process.env.NOTIFICATION_PORT, 3005),
  mailbox: 'http://127.0.0.1:1080',
};
const AGENCY = 'pemprov-diy-demo';
const say = (line = '') => process.stdout.write(`${line}\n`);
const step = (title: string) => say(`\n\x1b[1m▶ ${title}\x1b[0m`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until<T>(
  what: string,
  check: () => Promise<T | undefined> | T | undefined,
  ms = 60_000,
) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const value = await check();
    if (value !== undefined) return value;
    await sleep(250);
  }
  throw new Error(`no ${what} after ${ms / 1000} s`);
}

async function main(): Promise<void> {
  step('Memuat instansi demo / loading the demo agency');
  execFileSync('npm', ['run', '--silent', 'jenjang', '--', 'seed'], {
    cwd: ROOT,
    stdio: 'inherit',
  });

  const run = Date.now().toString(36);
  const employeeId = `demo-pegawai-${run}`;
  const plan: AppraisalPlan = {
    agencyId: AGENCY,
    employeeId,
    penilaiId: `demo-penilai-${run}`,
    atasanPenilaiId: `demo-atasan-${run}`,
    unitId: 'dpmptsp',
    position: { id: 'jab-dpmptsp-analis-perizinan', name: 'Analis Perizinan', group: 'PELAKSANA' },
    year: new Date().getFullYear(),
    period: { kind: 'TAHUNAN' },
    hasilKerja: 'SESUAI_EKSPEKTASI',
    perilakuKerja: 'DI_BAWAH_EKSPEKTASI',
    perilaku: [
      {
        value: 'KOLABORATIF',
        rating: 'DI_BAWAH_EKSPEKTASI',
        note: 'Jarang berbagi data dengan bidang lain.',
      },
      { value: 'BERORIENTASI_PELAYANAN', rating: 'SESUAI_EKSPEKTASI' },
    ],
    feedback: 'Layanan perizinan tepat waktu; tingkatkan kerja sama lintas bidang.',
  };
  const driver = new EvaluationDriver(API.evaluation);
  // The pegawai under the penilai, under the atasan: the org chart the SKP is drawn from.
  await driver.place(BROKERS, [plan]);

  // Public events about this person, as any outside consumer sees them.
  const recorder = await new LiveRecorder(BROKERS, [
    appraisalFinalizedV1.topic,
    gapsAssessedV1.topic,
    trainingRecommendedV1.topic,
    notificationDeliveredV1.topic,
    talentBoxAssignedV1.topic,
  ]).start();
  const first =
    <T>(topic: string) =>
    () =>
      recorder.about(topic, employeeId)[0]?.data as T | undefined;

  step(`Pegawai ${employeeId}: email dan potensi / contact and potential`);
  await registerContact(driver, employeeId);
  await recordPotential(driver, employeeId);

  step('Penilaian kinerja tahunan / the annual appraisal');
  await driver
    .setOrganisationPredikat(AGENCY, plan.unitId, plan.year, 'BAIK')
    .catch(() => undefined);
  const final = await driver.finalAppraisal(plan, (what, detail) =>
    say(`  ✓ ${what}${detail ? `  ${JSON.stringify(detail)}` : ''}`),
  );
  const finalized = await until(
    'appraisal-finalized',
    first<{ predikat: string }>(appraisalFinalizedV1.topic),
  );
  say(
    `  → public.evaluation.appraisal-finalized.v1 (predikat ${finalized.predikat}, appraisal ${final.id})`,
  );

  step('Umpan balik di kotak masuk / the feedback notice in the inbox');
  const inbox = await until('a notice in the inbox', async () => {
    const token = await driver.token(AGENCY, employeeId, 'PEGAWAI');
    const res = await fetch(`${API.notification}/api/v1/me/inbox`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const body = (await res.json()) as {
      items?: { title?: string; body?: string; type?: string }[];
    };
    return body.items?.length ? body.items : undefined;
  });
  for (const item of inbox)
    say(`  📥 ${item.title ?? item.type}\n     ${(item.body ?? '').split('\n').join('\n     ')}`);
  const mail = await until('the email', async () => {
    const res = await fetch(
      `${API.mailbox}/messages?to=${encodeURIComponent(`${employeeId}@demo.jenjang.go.id`)}`,
    );
    const list = (await res.json()) as { subject: string; text: string }[];
    return list.length ? list[0] : undefined;
  });
  say(`  ✉  ${mail.subject}\n     ${mail.text.trim().split('\n').slice(0, 8).join('\n     ')}`);

  step('Kesenjangan kompetensi / competency gaps');
  const gaps = await until('gaps-assessed', first<GapsAssessedV1>(gapsAssessedV1.topic));
  say(`  JPM: ${gaps.jpm.heldPosition ?? '-'}% (${gaps.jpm.formula})`);
  for (const need of gaps.needs.slice(0, 3))
    say(`  ${need.rank}. ${need.competencyName}: ${need.reason.id}`);

  step('Rekomendasi pelatihan / training recommendations');
  const set = await until(
    'training recommendations',
    first<TrainingRecommendedV1>(trainingRecommendedV1.topic),
  );
  for (const r of set.recommendations.slice(0, 3)) {
    say(`  ${r.rank}. ${r.programTitle} (${r.jp} JP)`);
    for (const reason of r.reasons) say(`     - ${reason.id}\n       (${reason.en})`);
  }

  step('Peta talenta (9-box) / the talent map');
  const box = await until(
    'talent-box-assigned',
    first<TalentBoxAssignedV1>(talentBoxAssignedV1.topic),
    30_000,
  ).catch(() => undefined);
  if (box)
    say(
      `  kotak ${box.box} (kinerja ${box.kinerja}, potensi ${box.potensi}): ${box.recommendedAction.id}`,
    );
  else say('  (no box: the person has no potential assessment)');

  await recorder.stop();
  say(`\nSelesai / done. Follow it again: npm run jenjang -- journey ${employeeId}`);
}

// The notification directory: the address the email goes to (the demo mailbox catches it).
async function registerContact(driver: EvaluationDriver, employeeId: string): Promise<void> {
  const admin = await driver.token(AGENCY, 'demo-admin', 'ADMIN_INSTANSI');
  const res = await fetch(
    `${API.notification}/api/v1/agencies/${AGENCY}/recipients/${employeeId}`,
    {
      method: 'PUT',
      headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
      body: JSON.stringify({ email: `${employeeId}@demo.jenjang.go.id`, language: 'id' }),
    },
  );
  say(
    `  ${res.ok ? '✓' : '✗'} recipient directory: ${employeeId}@demo.jenjang.go.id (${res.status})`,
  );
}

// The potential (potensi) the 9-box needs besides the annual kinerja.
async function recordPotential(driver: EvaluationDriver, employeeId: string): Promise<void> {
  const admin = await driver.token(AGENCY, 'demo-admin', 'ADMIN_INSTANSI');
  const res = await fetch(
    `${API.career}/api/v1/talent/employees/${employeeId}/potential-assessments`,
    {
      method: 'POST',
      headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        score: 82,
        scale: { min: 0, max: 100 },
        source: 'ASSESSMENT_CENTER',
        assessedOn: '2026-03-01',
      }),
    },
  );
  say(`  ${res.ok ? '✓' : '✗'} potential assessment recorded (${res.status})`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    say(`demo failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
