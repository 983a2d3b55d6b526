import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { mintDevToken } from '@jenjang/auth';
import {
  allContracts,
  appraisalFinalizedV1,
  gapsAssessedV1,
  notificationDeliveredV1,
  talentBoxAssignedV1,
  trainingRecommendedV1,
  type GapsAssessedV1,
  type TalentBoxAssignedV1,
  type TrainingRecommendedV1,
} from '@jenjang/contracts';
import {
  databaseUri,
  EvaluationDriver,
  LiveRecorder,
  randomLetters,
  SharedPlatform,
  testEnv,
  waitForGroupToPass,
  waitForNoneIn,
  waitUntil,
  type AppraisalPlan,
} from '@jenjang/testing';

const run = promisify(execFile);
const ROOT = join(__dirname, '..', '..');

// The headline promise, through the public APIs and the public topics only, with the five
// services as separate processes: a finalized annual appraisal reaches the civil servant as a
// feedback notice (inbox and email, in their language), produces training recommendations with
// reasons, competency gaps and a 9-box placement; an outside consumer validates every event.
describe('the loop: one finalized appraisal, every service', () => {
  const env = testEnv();
  const platform = SharedPlatform.attach();
  const agency = `ag-loop-${randomLetters(5)}`;
  const other = `ag-loop-other-${randomLetters(5)}`;
  const employeeId = `emp-${randomLetters(6)}`;
  const penilaiId = `pen-${randomLetters(6)}`;
  const startedAt = new Date().toISOString();
  let recorder: LiveRecorder;
  let driver: EvaluationDriver;
  let finalId: string;

  const call = async (url: string, method: string, token: string, body?: unknown) => {
    const res = await fetch(url, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : undefined) as unknown };
  };
  const ok = async (url: string, method: string, token: string, body?: unknown) => {
    const res = await call(url, method, token, body);
    if (res.status >= 300)
      throw new Error(`${method} ${url}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };

  const plan = (): AppraisalPlan => ({
    agencyId: agency,
    employeeId,
    penilaiId,
    atasanPenilaiId: `ata-${randomLetters(6)}`,
    unitId: 'dpmptsp',
    position: { id: 'jab-analis-perizinan', name: 'Analis Perizinan', group: 'PELAKSANA' },
    year: 2026,
    period: { kind: 'TAHUNAN' },
    hasilKerja: 'SESUAI_EKSPEKTASI',
    perilakuKerja: 'DI_BAWAH_EKSPEKTASI',
    perilaku: [
      { value: 'KOLABORATIF', rating: 'DI_BAWAH_EKSPEKTASI', note: 'Jarang berbagi data.' },
    ],
    feedback: 'Layanan tepat waktu; tingkatkan kerja sama lintas bidang.',
  });

  beforeAll(async () => {
    recorder = await new LiveRecorder(
      env.brokers,
      allContracts().map((c) => c.topic),
    ).start();
    driver = new EvaluationDriver(platform.url('evaluation'));
    const admin = await mintDevToken({ roles: ['ADMIN_INSTANSI'], agencyId: agency });
    // The directory: the pegawai reads English, the penilai Indonesian.
    await ok(
      `${platform.url('notification')}/api/v1/agencies/${agency}/recipients/${employeeId}`,
      'PUT',
      admin,
      { email: `${employeeId}@loop.go.id`, language: 'en' },
    );
    await ok(
      `${platform.url('notification')}/api/v1/agencies/${agency}/recipients/${penilaiId}`,
      'PUT',
      admin,
      { email: `${penilaiId}@loop.go.id`, language: 'id' },
    );
    // A program that develops Kerja Sama (Kolaboratif maps to it), open soon.
    const program = (await ok(`${platform.url('training')}/api/v1/programs`, 'POST', admin, {
      code: `kerja-sama-${randomLetters(4)}`,
      title: 'Kerja Sama Lintas Bidang',
      form: 'PELATIHAN_TEKNIS',
      provider: { kind: 'INTERNAL', name: 'BPSDM' },
      jp: 16,
      competencies: [{ competencyCode: 'KERJA_SAMA', level: 3, raisesAssessedLevel: true }],
      berakhlakValues: ['KOLABORATIF'],
      availability: 'OWN',
    })) as { id: string };
    const start = new Date(Date.now() + 14 * 86_400_000);
    await ok(`${platform.url('training')}/api/v1/programs/${program.id}/sessions`, 'POST', admin, {
      code: 'angkatan-1',
      startsAt: start.toISOString(),
      endsAt: new Date(start.getTime() + 2 * 86_400_000).toISOString(),
      capacity: 30,
      location: 'BPSDM DIY',
    });
    // The potential the 9-box needs besides the annual kinerja.
    await ok(
      `${platform.url('career-planning')}/api/v1/talent/employees/${employeeId}/potential-assessments`,
      'POST',
      admin,
      {
        score: 85,
        scale: { min: 0, max: 100 },
        source: 'ASSESSMENT_CENTER',
        assessedOn: '2026-03-02',
      },
    );
    await driver.setOrganisationPredikat(agency, 'dpmptsp', 2026, 'BAIK');
    // The org chart every service reads: the pegawai under the penilai, under the atasan.
    const annual = plan();
    await driver.place(env.brokers, [annual]);
    const final = await driver.finalAppraisal(annual);
    finalId = final.id;
  });

  afterAll(async () => {
    await recorder?.stop();
  });

  const finalizedEvent = () =>
    recorder
      .about(appraisalFinalizedV1.topic, employeeId)
      .find((e) => e.data.appraisalId === finalId);

  it('should publish appraisal-finalized once the pegawai accepts the predikat', async () => {
    const event = await waitUntil('appraisal-finalized', finalizedEvent, 30_000);
    expect(event.data).toMatchObject({ predikat: 'KURANG_MISCONDUCT', employeeId });
  });

  it('should put exactly one feedback notice in the pegawai inbox, in their language (English)', async () => {
    const pegawai = await mintDevToken({ roles: ['PEGAWAI'], agencyId: agency, employeeId });
    const items = await waitUntil(
      'the feedback notice',
      async () => {
        const inbox = (await ok(
          `${platform.url('notification')}/api/v1/me/inbox`,
          'GET',
          pegawai,
        )) as {
          items: { type: string; subject: string; body: string }[];
        };
        const feedback = inbox.items.filter((i) => i.type === 'appraisal-feedback');
        return feedback.length ? feedback : undefined;
      },
      60_000,
    );
    expect(items).toHaveLength(1);
    expect(`${items[0].subject} ${items[0].body}`).toMatch(/Poor\/Misconduct/);
  });

  it('should send the pegawai exactly one feedback email and the penilai a confirmation', async () => {
    const feedbackMails = async () =>
      (await platform.mail.to(`${employeeId}@loop.go.id`)).filter(
        (m) => m.headers['x-jenjang-notification-type'] === 'appraisal-feedback',
      );
    const mails = await waitUntil(
      'the feedback email',
      async () => {
        const got = await feedbackMails();
        return got.length ? got : undefined;
      },
      60_000,
    );
    // Notification has handled everything published so far and has no delivery due: a double
    // would have arrived by now.
    const notification = platform.descriptor.services.notification!;
    await waitForGroupToPass(env.brokers, notification.groupId, [appraisalFinalizedV1.topic]);
    await waitForNoneIn(databaseUri(env.mongoUri, notification.database), 'deliveries due', [
      {
        collection: 'deliveries',
        filter: { state: 'PENDING', nextAttemptAt: { $lt: new Date(Date.now() + 10_000) } },
      },
    ]);
    expect(await feedbackMails()).toHaveLength(1);
    expect(mails[0].text.length).toBeGreaterThan(20);
    await waitUntil(
      'the penilai confirmation',
      async () => (await platform.mail.to(`${penilaiId}@loop.go.id`)).length > 0,
      60_000,
    );
  });

  it('should assess the competency gaps with the weak Kolaboratif as a Kerja Sama need', async () => {
    const event = await waitUntil(
      'gaps-assessed',
      () => recorder.about(gapsAssessedV1.topic, employeeId)[0],
      60_000,
    );
    const data = event.data as unknown as GapsAssessedV1;
    expect(data.cause).toMatchObject({ kind: 'APPRAISAL_FINALIZED', appraisalId: finalId });
    expect(data.needs.map((n) => n.competencyCode)).toContain('KERJA_SAMA');
  });

  it('should recommend the Kerja Sama program once, with reasons in both languages', async () => {
    const event = await waitUntil(
      'training recommendations',
      () => recorder.about(trainingRecommendedV1.topic, employeeId)[0],
      90_000,
    );
    const set = event.data as unknown as TrainingRecommendedV1;
    expect(set.cause.appraisalId).toBe(finalId);
    const program = set.recommendations.find((r) => r.programTitle === 'Kerja Sama Lintas Bidang');
    expect(program).toBeDefined();
    expect(program!.reasons.length).toBeGreaterThan(0);
    expect(program!.reasons[0].id).not.toEqual(program!.reasons[0].en);
    const admin = await mintDevToken({ roles: ['ADMIN_INSTANSI'], agencyId: agency });
    const sets = (await ok(
      `${platform.url('training')}/api/v1/recommendation-sets?employeeId=${employeeId}`,
      'GET',
      admin,
    )) as unknown[];
    expect(sets).toHaveLength(1);
  });

  it('should place the person in the 9-box for the annual appraisal', async () => {
    const event = await waitUntil(
      'talent-box-assigned',
      () => recorder.about(talentBoxAssignedV1.topic, employeeId)[0],
      60_000,
    );
    const box = event.data as unknown as TalentBoxAssignedV1;
    expect(box).toMatchObject({ potensi: 'HIGH', kinerja: 'LOW' });
    expect(box.recommendedAction.id.length).toBeGreaterThan(0);
  });

  it('should report each notice as delivered, without its text or the address', async () => {
    const delivered = await waitUntil(
      'delivered events',
      () => {
        const list = recorder.about(notificationDeliveredV1.topic, employeeId);
        return list.length >= 2 ? list : undefined;
      },
      60_000,
    );
    const text = JSON.stringify(delivered.map((d) => d.data));
    expect(text).not.toContain('@loop.go.id');
    expect(text).not.toContain('tingkatkan kerja sama');
  });

  it("should keep everything of this agency away from another agency's people", async () => {
    const stranger = await mintDevToken({
      roles: ['PEGAWAI', 'PENILAI', 'ATASAN_PENILAI', 'ADMIN_INSTANSI'],
      agencyId: other,
      employeeId,
    });
    expect(
      (await call(`${platform.url('evaluation')}/api/v1/appraisals/${finalId}`, 'GET', stranger))
        .status,
    ).toBe(404);
    const inbox = (await ok(
      `${platform.url('notification')}/api/v1/me/inbox`,
      'GET',
      stranger,
    )) as {
      items: unknown[];
    };
    expect(inbox.items).toEqual([]);
    const sets = (await ok(
      `${platform.url('training')}/api/v1/recommendation-sets?employeeId=${employeeId}`,
      'GET',
      stranger,
    )) as unknown[];
    expect(sets).toEqual([]);
    expect(
      (
        await call(
          `${platform.url('career-planning')}/api/v1/talent/employees/${employeeId}`,
          'GET',
          stranger,
        )
      ).status,
    ).toBe(404);
  });

  it('should give an outside consumer, with only the published schemas, events that all validate', async () => {
    // Wait until the loop has produced what it produces, then read as an analytics team would.
    await waitUntil(
      'the loop to settle',
      () => recorder.about(talentBoxAssignedV1.topic, employeeId)[0],
      60_000,
    );
    const { stdout } = await run(
      process.execPath,
      [
        join(ROOT, 'examples', 'analytics-consumer', 'consume.mjs'),
        '--brokers',
        env.brokers.join(','),
        '--group',
        `analytics.e2e.${randomLetters(6)}`,
        '--schemas',
        `${platform.url('evaluation')}/asyncapi/schemas`,
        '--from-time',
        startedAt,
        '--agency',
        agency,
        '--until-idle',
        '8000',
      ],
      { timeout: 120_000 },
    );
    const summary = JSON.parse(stdout.trim().split('\n').pop()!) as Record<
      string,
      { valid: number; invalid: number }
    >;
    const topics = Object.keys(summary);
    expect(topics).toEqual(
      expect.arrayContaining([
        appraisalFinalizedV1.topic,
        gapsAssessedV1.topic,
        trainingRecommendedV1.topic,
        notificationDeliveredV1.topic,
        talentBoxAssignedV1.topic,
      ]),
    );
    for (const topic of topics) expect([topic, summary[topic].invalid]).toEqual([topic, 0]);
  });
});
