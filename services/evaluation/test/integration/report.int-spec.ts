import { workWaitingV1, type WorkWaitingV1 } from '@jenjang/contracts';
import { randomLetters, testEnv, TopicRecorder, waitUntil } from '@jenjang/testing';
import { WorkReminderService } from '../../src/report/work-reminder.service';
import { actorsFor, ratedAppraisal, type Actors } from '../support/appraisal-flow';
import { EvaluationApp, skpBody } from '../support/evaluation-app';

interface UnitRow {
  unitId: string;
  unitSize: number;
  withPredikat: number;
  curveStatus: string;
  distribution: { predikat: string; count: number; label: { id: string; en: string } }[];
  bounds: { predikat: string; bound: string; share: number; limitCount: number }[];
  violations: {
    predikat: string;
    bound: string;
    limitCount: number;
    count: number;
    message: { en: string; id: string };
  }[];
}
interface StuckItem {
  kind: string;
  record: string;
  id: string;
  employeeId: string;
  unitId: string;
  status: string;
  daysLate: number;
}

// A strict curve: an Istimewa unit may have at most 30% Sangat Baik.
const STRICT_CURVE = {
  ISTIMEWA: { SANGAT_BAIK: { maxShare: 0.3 } },
  BAIK: { SANGAT_BAIK: { maxShare: 0.25 } },
  BUTUH_PERBAIKAN: { SANGAT_BAIK: { maxShare: 0.1 } },
  KURANG: { SANGAT_BAIK: { maxShare: 0.05 } },
  SANGAT_KURANG: { SANGAT_BAIK: { maxShare: 0 } },
};

describe('Report API', () => {
  const app = new EvaluationApp();
  const unit = `unit-${randomLetters(5)}`;
  const people: Record<'a' | 'b' | 'c' | 'd', Actors> = {} as Record<'a' | 'b' | 'c' | 'd', Actors>;
  const ids: Record<string, string> = {};
  let analisOtherAgency: string;
  let pegawai: string;
  const bearer = (t: string) => ['Authorization', `Bearer ${t}`] as const;
  const distributionUrl = '/api/v1/agencies/AG1/reports/predikat-distribution?year=2026';
  const stuckUrl = '/api/v1/agencies/AG1/reports/stuck?asOf=2030-01-01T00:00:00Z';

  const unitRow = async (): Promise<UnitRow> => {
    const res = await app
      .http()
      .get(distributionUrl)
      .set(...bearer(people.a.admin))
      .expect(200);
    const units = (res.body as { units: UnitRow[] }).units;
    return units.find((u) => u.unitId === unit)!;
  };
  const count = (row: UnitRow, predikat: string) =>
    row.distribution.find((d) => d.predikat === predikat)!.count;

  beforeAll(async () => {
    await app.start();
    for (const key of ['a', 'b', 'c', 'd'] as const) {
      people[key] = await actorsFor(`emp-${key}-${randomLetters(5)}`);
    }
    analisOtherAgency = await EvaluationApp.token('AG2', 'emp-analis', 'ANALIS');
    pegawai = people.a.pegawai;
    await app
      .http()
      .put(`/api/v1/agencies/AG1/units/${unit}/organisation-predikat/2026`)
      .set(...bearer(people.a.admin))
      .send({ predikat: 'ISTIMEWA' })
      .expect(200);

    // Three appraisals rated first, so that the unit has three staff when the predikat are set:
    // two Sangat Baik (2 of 3 is within 70%) and one Baik.
    const a = await ratedAppraisal(app, people.a, unit, 'DI_ATAS_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI');
    const b = await ratedAppraisal(app, people.b, unit, 'DI_ATAS_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI');
    const c = await ratedAppraisal(app, people.c, unit, 'DI_ATAS_EKSPEKTASI', 'SESUAI_EKSPEKTASI');
    for (const x of [a, b, c]) {
      await app
        .http()
        .post(`/api/v1/appraisals/${x.appraisal.id}/predikat`)
        .set(...bearer(people.a.penilai))
        .send({ revision: x.revision })
        .expect(201);
    }
    ids.appraisalA = a.appraisal.id;
    ids.appraisalB = b.appraisal.id;
    ids.appraisalC = c.appraisal.id;
    await app
      .http()
      .post(`/api/v1/appraisals/${c.appraisal.id}/accept`)
      .set(...bearer(people.c.pegawai))
      .send({ revision: c.revision + 1 })
      .expect(201);
    await app
      .http()
      .post(`/api/v1/appraisals/${b.appraisal.id}/objection`)
      .set(...bearer(people.b.pegawai))
      .send({ revision: b.revision + 1, reason: 'Realisasi triwulan IV belum diperhitungkan.' })
      .expect(201);
    // A fourth employee whose SKP stays a draft.
    await app.placed(people.d.employee, unit);
    const draft = await app
      .http()
      .post('/api/v1/skp')
      .set(...bearer(people.d.pegawai))
      .send(skpBody({ unitId: unit }))
      .expect(201);
    ids.skpD = (draft.body as { id: string }).id;
  });

  afterAll(() => app.stop());

  it('should count each predikat of the unit and show the bounds of its organisation predikat', async () => {
    const row = await unitRow();
    // Six people are placed in the unit (a, b, c, d, their penilai and atasan): the curve is judged
    // against that headcount, not the three appraisals with a predikat.
    expect(row).toMatchObject({ unitSize: 6, withPredikat: 3, curveStatus: 'OK', violations: [] });
    expect(count(row, 'SANGAT_BAIK')).toBe(2);
    expect(count(row, 'BAIK')).toBe(1);
    expect(row.distribution[0].label).toEqual({ id: 'Sangat Baik', en: 'Outstanding' });
    expect(row.bounds).toEqual([
      expect.objectContaining({ predikat: 'SANGAT_BAIK', bound: 'MAX', share: 0.7, limitCount: 4 }),
    ]);
  });

  it('should name the bound the unit breaks when the agency tightens its curve', async () => {
    await app
      .http()
      .put('/api/v1/agencies/AG1/evaluation-settings')
      .set(...bearer(people.a.admin))
      .send({ periodKinds: ['TRIWULANAN'], objectionWindowDays: 14, curve: STRICT_CURVE })
      .expect(200);

    const row = await unitRow();
    expect(row.curveStatus).toBe('VIOLATED');
    expect(row.violations).toEqual([
      expect.objectContaining({ predikat: 'SANGAT_BAIK', bound: 'MAX', limitCount: 1, count: 2 }),
    ]);
    expect(row.violations[0].message.en).toContain('at most 30% Sangat Baik (1 of 6 staff)');
    expect(row.violations[0].message.id).toContain('paling banyak 30% Sangat Baik');
  });

  it('should list the draft SKP, the unfinished appraisals and the old objection as stuck', async () => {
    const res = await app
      .http()
      .get(stuckUrl)
      .set(...bearer(people.a.admin))
      .expect(200);
    const body = res.body as { total: number; kinds: { kind: string; count: number }[] };
    const mine = (res.body as { items: StuckItem[] }).items.filter((i) => i.unitId === unit);
    expect(mine.map((i) => [i.kind, i.id, i.status]).sort()).toEqual(
      [
        ['APPRAISAL_NOT_FINAL', ids.appraisalA, 'PREDIKAT_DITETAPKAN'],
        ['APPRAISAL_NOT_FINAL', ids.appraisalB, 'KEBERATAN'],
        ['KEBERATAN_UNDECIDED', ids.appraisalB, 'KEBERATAN'],
        ['SKP_NOT_APPROVED', ids.skpD, 'DRAFT'],
      ].sort(),
    );
    // 2026-12-31 + 30 days is 2027-01-31; 1 January 2030 is 1066 days later.
    expect(mine.find((i) => i.id === ids.appraisalA)!.daysLate).toBe(1066);
    expect(Object.keys(mine[0]).sort()).toEqual(
      [
        'daysLate',
        'deadline',
        'employeeId',
        'id',
        'kind',
        'period',
        'record',
        'since',
        'status',
        'unitId',
        'year',
      ].sort(),
    );
    expect(body.kinds).toContainEqual(expect.objectContaining({ kind: 'KEBERATAN_UNDECIDED' }));
  });

  it('should report nothing stuck for the unit before any deadline has passed', async () => {
    const res = await app
      .http()
      .get('/api/v1/agencies/AG1/reports/stuck?asOf=2026-01-15T00:00:00Z')
      .set(...bearer(people.a.admin))
      .expect(200);
    const items = (res.body as { items: StuckItem[] }).items.filter((i) => i.unitId === unit);
    expect(items).toEqual([]);
  });

  it('should answer 403 to another agency and let a province-wide analyst read', async () => {
    for (const url of [distributionUrl, stuckUrl]) {
      await app
        .http()
        .get(url)
        .set(...bearer(people.a.otherAgency))
        .expect(403);
      await app
        .http()
        .get(url)
        .set(...bearer(pegawai))
        .expect(403);
      await app
        .http()
        .get(url)
        .set(...bearer(analisOtherAgency))
        .expect(200);
    }
  });

  it('should refuse a periodic report without its period index', async () => {
    await app
      .http()
      .get('/api/v1/agencies/AG1/reports/predikat-distribution?year=2026&periodKind=TRIWULANAN')
      .set(...bearer(people.a.admin))
      .expect(422);
  });

  it('should remind the penilai once a day of a submitted SKP past its deadline, on the public stream', async () => {
    const recorder = await new TopicRecorder(testEnv().brokers, [workWaitingV1.topic]).start();
    try {
      // An agency of its own, so that the reminder lists exactly this SKP.
      const agency = `AG-${randomLetters(6)}`;
      const employee = `emp-${randomLetters(6)}`;
      const token = await EvaluationApp.token(agency, employee, 'PEGAWAI');
      await app.placed(employee, unit, agency);
      const skp = (
        await app
          .http()
          .post('/api/v1/skp')
          .set(...bearer(token))
          .send(skpBody({ unitId: unit }))
          .expect(201)
      ).body as { id: string };
      await app
        .http()
        .post(`/api/v1/skp/${skp.id}/submit`)
        .set(...bearer(token))
        .send({ revision: 1 })
        .expect(201);
      const reminders = app.app.get(WorkReminderService);
      const day = new Date('2026-03-03T03:00:00Z');

      const staged = await reminders.remind(day);
      const again = await reminders.remind(new Date('2026-03-03T09:00:00Z'));
      const event = await waitUntil('the reminder to the penilai', () =>
        recorder
          .on(workWaitingV1.topic)
          .map((m) => JSON.parse(m.value!) as WorkWaitingV1)
          .find((d) => d.agencyId === agency),
      );

      expect(staged).toBeGreaterThanOrEqual(1);
      expect(again).toBe(0);
      expect(workWaitingV1.validate(event).ok).toBe(true);
      expect(event).toMatchObject({
        employeeId: 'emp-penilai',
        asOf: '2026-03-03',
        counts: { skpToApprove: 1, appraisalsToFinish: 0, objectionsToDecide: 0 },
        items: [
          {
            kind: 'SKP_NOT_APPROVED',
            recordId: skp.id,
            employeeId: employee,
            deadline: '2026-02-01',
            daysLate: 31,
          },
        ],
      });
    } finally {
      await recorder.stop();
    }
  });
});
