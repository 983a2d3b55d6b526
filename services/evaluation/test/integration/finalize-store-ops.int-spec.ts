import type { Connection } from 'mongoose';
import { MONGO_CONNECTION } from '@jenjang/persistence';
import { randomLetters, isOutboxRelayCommand } from '@jenjang/testing';
import { APPRAISAL_COLLECTION } from '../../src/appraisal/appraisal.schema';
import { actorsFor, ratedAppraisal } from '../support/appraisal-flow';
import { EvaluationApp } from '../support/evaluation-app';

type Sent = { op: string; text: string };
type Counts = Record<string, number>;

// What setting a predikat and finalizing an appraisal cost the store through the API (issue 12):
// the commands sent while the request runs, and that they stay the same however many other
// appraisals the unit and the agency hold.
describe('finalizing an appraisal through the API: store operations', () => {
  const app = new EvaluationApp();
  let sent: Sent[] = [];
  let connection: Connection;

  beforeAll(async () => {
    await app.start();
    connection = app.app.get<Connection>(MONGO_CONNECTION);
    connection
      .getClient()
      .on('commandStarted', (e: { commandName: string; command: Record<string, unknown> }) => {
        const collection = e.command[e.commandName];
        if (typeof collection !== 'string') return;
        // Whether the store finds the document by its _id or has to look through the collection.
        const c = e.command as {
          filter?: object;
          query?: object;
          updates?: { q: object }[];
        };
        const filter = c.filter ?? c.query ?? c.updates?.[0]?.q ?? {};
        const how = '_id' in filter ? ' by _id' : '';
        sent.push({ op: `${e.commandName} ${collection}${how}`, text: JSON.stringify(e.command) });
      });
  });

  afterAll(() => app.stop());

  /**
   * The commands `run` sent, as "command collection"; the outbox relay's (they name the lease)
   * publish the events and are counted apart by the messaging specs.
   */
  const opsOf = async (run: () => Promise<unknown>) => {
    sent = [];
    await run();
    return sent
      .filter((c) => !c.text.includes('outboxLease') && !isOutboxRelayCommand(c.text))
      .map((c) => c.op);
  };

  const organisationPredikat = async (unitId: string, predikat: string) => {
    const { admin } = await actorsFor('emp-admin');
    await app
      .http()
      .put(`/api/v1/agencies/AG1/units/${unitId}/organisation-predikat/2026`)
      .set('Authorization', `Bearer ${admin}`)
      .send({ predikat })
      .expect(200);
  };

  /** Appraisals written straight into the store (as an older release or a restore would). */
  const insertOthers = async (
    unitId: string,
    count: number,
    predikat: (i: number) => string | null,
    period = { kind: 'TAHUNAN', year: 2026, index: null },
  ) => {
    const run = randomLetters(5);
    const docs = Array.from({ length: count }, (_, i) => ({
      _id: `other-${run}-${i}`,
      agencyId: 'AG1',
      unitId,
      employeeId: `other-${run}-${i}`,
      skpId: `skp-${run}-${i}`,
      period: { ...period, startDate: '2026-01-01', endDate: '2026-12-31' },
      status: predikat(i) ? 'FINAL' : 'DINILAI',
      predikat: predikat(i),
      version: 1,
      revision: 6,
      outbox: [],
      outboxLease: null,
    }));
    await connection.collection(APPRAISAL_COLLECTION).insertMany(docs as never[]);
  };

  const ready = async (unitId: string) => {
    const who = await actorsFor(`emp-${randomLetters(5)}`);
    const rated = await ratedAppraisal(
      app,
      who,
      unitId,
      'DI_ATAS_EKSPEKTASI',
      'DI_ATAS_EKSPEKTASI',
    );
    const setPredikat = () =>
      app
        .http()
        .post(`/api/v1/appraisals/${rated.appraisal.id}/predikat`)
        .set(...rated.bearer(who.penilai))
        .send({ revision: rated.revision });
    const accept = () =>
      app
        .http()
        .post(`/api/v1/appraisals/${rated.appraisal.id}/accept`)
        .set(...rated.bearer(who.pegawai))
        .send({ revision: rated.revision + 1 })
        .expect(201);
    const curve = async () =>
      (
        await app
          .http()
          .get(`/api/v1/appraisals/${rated.appraisal.id}/curve`)
          .set(...rated.bearer(who.penilai))
          .expect(200)
      ).body as { unitSize: number; counts: Counts };
    return { who, rated, setPredikat, accept, curve };
  };

  it('should cost the same commands with thousands of other appraisals in the unit and agency', async () => {
    const small = `unit-${randomLetters(5)}`;
    const large = `unit-${randomLetters(5)}`;
    await organisationPredikat(small, 'ISTIMEWA');
    await organisationPredikat(large, 'ISTIMEWA');
    // The large unit: 1,500 appraisals of the period (300 Sangat Baik), 500 of another period,
    // and 2,000 in other units of the agency.
    await insertOthers(large, 1500, (i) =>
      i % 5 === 0 ? 'SANGAT_BAIK' : i % 5 === 1 ? null : 'BAIK',
    );
    await insertOthers(large, 500, () => 'BAIK', { kind: 'TAHUNAN', year: 2025, index: null });
    await insertOthers(`unit-${randomLetters(5)}`, 2000, () => 'BAIK');
    const measured: Record<string, { setPredikat: string[]; accept: string[] }> = {};
    const curves: Record<string, { unitSize: number; counts: Counts }> = {};
    for (const unitId of [small, large]) {
      const size = unitId === small ? 'small' : 'large';
      // The first predikat of the unit builds its staff document from the appraisals.
      const first = await ready(unitId);
      await first.setPredikat().expect(201);
      const next = await ready(unitId);
      measured[size] = {
        setPredikat: await opsOf(() => next.setPredikat().expect(201)),
        accept: await opsOf(next.accept),
      };
      curves[size] = await first.curve();
    }
    // The appraisals that were there before the document count: 300 + 2 Sangat Baik, 900 Baik.
    expect(curves.large).toMatchObject({
      unitSize: 1502,
      counts: { SANGAT_BAIK: 301, BAIK: 900 },
    });
    expect(curves.small).toMatchObject({ counts: { SANGAT_BAIK: 1 } });

    expect(measured.large).toEqual(measured.small);
    // Every appraisal and staff command by _id. The unit's headcount is the agency's chart, read
    // here because a placement was just recorded (otherwise once per CONFIG_CACHE_MS: see
    // OrgChartRepository's spec).
    expect(measured.small).toEqual({
      setPredikat: [
        'find appraisals by _id',
        'find agency_settings by _id',
        'find unit_performance by _id',
        'find org_chart',
        'find org_chart by _id',
        'find org_chart by _id',
        'find appraisal_unit_staff by _id',
        'update appraisal_unit_staff by _id',
        'findAndModify appraisals by _id',
      ],
      // The SKP is read only for the work it plans (realisasi, rating), not for decisions.
      accept: ['find appraisals by _id', 'findAndModify appraisals by _id'],
    });
  });

  it('should let only one of two predikat set at once take the last place, and free it on correction', async () => {
    const unitId = `unit-${randomLetters(5)}`;
    await organisationPredikat(unitId, 'ISTIMEWA');
    // 20 appraised before + the 2 below = 22 staff: Istimewa allows 15 Sangat Baik, 14 are set.
    await insertOthers(unitId, 20, (i) => (i < 14 ? 'SANGAT_BAIK' : null));
    const one = await ready(unitId);
    const two = await ready(unitId);
    expect(await one.curve()).toMatchObject({ unitSize: 22, counts: { SANGAT_BAIK: 14 } });

    // A write refused for its revision gives back the place it held for the check.
    const ahead = await app
      .http()
      .post(`/api/v1/appraisals/${one.rated.appraisal.id}/predikat`)
      .set(...one.rated.bearer(one.who.penilai))
      .send({ revision: one.rated.revision + 3 })
      .expect(409);
    expect(ahead.body).toMatchObject({ code: 'REVISION_CONFLICT' });
    expect(await one.curve()).toMatchObject({ counts: { SANGAT_BAIK: 14 } });

    const answers = await Promise.all([one.setPredikat(), two.setPredikat()]);

    expect(answers.map((r) => r.status).sort()).toEqual([201, 409]);
    const [won, lost] = answers[0].status === 201 ? [one, two] : [two, one];
    const refusal = answers.find((r) => r.status === 409)!.body as { code: string; detail: string };
    expect(refusal.code).toBe('CURVE_VIOLATION');
    expect(refusal.detail).toContain('15 of 22');
    expect(await lost.curve()).toMatchObject({ counts: { SANGAT_BAIK: 15 } });

    // A correction of the final one takes its predikat off the curve until it is set again.
    await won.accept();
    await app
      .http()
      .post(`/api/v1/appraisals/${won.rated.appraisal.id}/corrections`)
      .set(...won.rated.bearer(won.who.penilai))
      .send({ reason: 'Salah input realisasi indikator.' })
      .expect(201);
    expect(await lost.curve()).toMatchObject({ counts: { SANGAT_BAIK: 14 } });
    await lost.setPredikat().expect(201);
    expect(await won.curve()).toMatchObject({ counts: { SANGAT_BAIK: 15 } });
  });
});
