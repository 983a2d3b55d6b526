import { mintDevToken } from '@jenjang/auth';
import { appraisalFinalizedV1, gapsAssessedV1, type GapsAssessedV1 } from '@jenjang/contracts';
import {
  EvaluationDriver,
  LiveRecorder,
  randomLetters,
  SharedPlatform,
  testEnv,
  waitUntil,
  type AppraisalPlan,
  type RatingValue,
} from '@jenjang/testing';

// Four appraisals of one person finalized in a row: every consumer sees them in that order
// (the key is the employee id, so they share a partition and each consumer handles them in turn).
describe('ordering: many appraisals of one person in a row', () => {
  const env = testEnv();
  const platform = SharedPlatform.attach();
  const agency = `ag-order-${randomLetters(5)}`;
  const employeeId = `emp-${randomLetters(6)}`;
  const finalized: string[] = [];
  const penilaiId = `pen-${randomLetters(5)}`;
  const atasanPenilaiId = `ata-${randomLetters(5)}`;
  let recorder: LiveRecorder;

  const ratings: [RatingValue, RatingValue][] = [
    ['DI_ATAS_EKSPEKTASI', 'SESUAI_EKSPEKTASI'],
    ['SESUAI_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI'],
    ['DI_BAWAH_EKSPEKTASI', 'SESUAI_EKSPEKTASI'],
    ['SESUAI_EKSPEKTASI', 'SESUAI_EKSPEKTASI'],
  ];

  beforeAll(async () => {
    recorder = await new LiveRecorder(env.brokers, [
      appraisalFinalizedV1.topic,
      gapsAssessedV1.topic,
    ]).start();
    const driver = new EvaluationDriver(platform.url('evaluation'));
    await driver.setOrganisationPredikat(agency, 'bkd', 2026, 'ISTIMEWA');
    const plans: AppraisalPlan[] = ratings.map(([hasilKerja, perilakuKerja], i) => ({
      agencyId: agency,
      employeeId,
      penilaiId,
      atasanPenilaiId,
      unitId: 'bkd',
      position: { id: 'jab-analis-sdm', name: 'Analis SDM Aparatur', group: 'FUNGSIONAL' },
      year: 2026,
      period: { kind: 'TRIWULANAN', index: i + 1 },
      hasilKerja,
      perilakuKerja,
    }));
    await driver.place(env.brokers, plans);
    // One SKP a year: the first plan makes it, the others appraise the same SKP's quarters.
    const skp = await driver.approvedSkp(plans[0]);
    const ready = [];
    for (const plan of plans) {
      const rated = await driver.ratedAppraisal(plan, undefined, skp);
      ready.push({ plan, appraisal: await driver.setPredikat(plan, rated) });
    }
    for (const { plan, appraisal } of ready) {
      finalized.push((await driver.accept(plan, appraisal)).id);
    }
  });

  afterAll(async () => {
    await recorder?.stop();
  });

  it('should publish the four appraisal-finalized events in the order they became final', async () => {
    const events = await waitUntil(
      'four appraisal-finalized',
      () => {
        const list = recorder.about(appraisalFinalizedV1.topic, employeeId);
        return list.length >= 4 ? list : undefined;
      },
      30_000,
    );
    expect(events.map((e) => e.data.appraisalId)).toEqual(finalized);
  });

  it('should assess the gaps once per appraisal, in that order (competency)', async () => {
    const events = await waitUntil(
      'four gaps-assessed',
      () => {
        const list = recorder.about(gapsAssessedV1.topic, employeeId);
        return list.length >= 4 ? list : undefined;
      },
      60_000,
    );
    expect(events.map((e) => (e.data as unknown as GapsAssessedV1).cause.appraisalId)).toEqual(
      finalized,
    );
  });

  it('should create the feedback notices in that order (notification)', async () => {
    const pegawai = await mintDevToken({ roles: ['PEGAWAI'], agencyId: agency, employeeId });
    const items = await waitUntil(
      'four feedback notices',
      async () => {
        const res = await fetch(`${platform.url('notification')}/api/v1/me/inbox`, {
          headers: { authorization: `Bearer ${pegawai}` },
        });
        const inbox = (await res.json()) as {
          items: { type: string; subject: string; body: string; createdAt: string }[];
        };
        const feedback = inbox.items.filter((i) => i.type === 'appraisal-feedback');
        return feedback.length >= 4 ? feedback : undefined;
      },
      60_000,
    );
    const oldestFirst = [...items].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    // Each notice states its predikat: Baik, Kurang/Misconduct, Butuh Perbaikan, Baik.
    const predikat = oldestFirst.map(({ subject, body }) => {
      const text = `${subject} ${body}`;
      if (text.includes('Kurang/Misconduct')) return 'KURANG_MISCONDUCT';
      if (text.includes('Butuh Perbaikan')) return 'BUTUH_PERBAIKAN';
      return text.includes('Baik') ? 'BAIK' : text;
    });
    expect(predikat).toEqual(['BAIK', 'KURANG_MISCONDUCT', 'BUTUH_PERBAIKAN', 'BAIK']);
  });

  it('should create the recommendation sets in that order (training)', async () => {
    const admin = await mintDevToken({ roles: ['ADMIN_INSTANSI'], agencyId: agency });
    const sets = await waitUntil(
      'four recommendation sets',
      async () => {
        const res = await fetch(
          `${platform.url('training')}/api/v1/recommendation-sets?employeeId=${employeeId}`,
          { headers: { authorization: `Bearer ${admin}` } },
        );
        const list = (await res.json()) as { cause: { appraisalId?: string }; createdAt: string }[];
        const fromAppraisals = list.filter((s) => s.cause.appraisalId);
        return fromAppraisals.length >= 4 ? fromAppraisals : undefined;
      },
      90_000,
    );
    const oldestFirst = [...sets].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    expect(oldestFirst.map((s) => s.cause.appraisalId)).toEqual(finalized);
  });
});
