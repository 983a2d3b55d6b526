import { promotionEligibleV1, type PromotionEligibleV1 } from '@jenjang/contracts';
import { randomLetters, waitUntil } from '@jenjang/testing';
import { CareerApp, careerSuite } from '../support/career-app';

interface Check {
  code: string;
  status: string;
  missing: { id: string; en: string } | null;
}
interface Entry {
  employeeId: string;
  kind: string;
  eligible: boolean;
  nextRank: string | null;
  revision: number;
  checks: Check[];
  criteria: { predikatHistory: { year: number }[]; rank: { golongan: string } | null };
}

describe('rank import, promotion eligibility list and promotion-eligible on the real broker', () => {
  const suite = careerSuite({ topics: [promotionEligibleV1.topic] });
  const { service, agency } = suite;
  const [staff, junior, head, late, fresh] = ['staff', 'junior', 'head', 'late', 'fresh'].map(
    (n) => `${n}-${randomLetters()}`,
  );
  const period = '2027-04-01';

  const as = <T>(res: { body: unknown }) => res.body as T;
  const http = () => service.http();
  const upload = (csv: string, dryRun = false) =>
    http()
      .post(`/api/v1/imports/ranks${dryRun ? '?dryRun=true' : ''}`)
      .auth(suite.admin, { type: 'bearer' })
      .set('Content-Type', 'text/csv')
      .send(csv);

  it('should import ranks, list who is eligible with what is missing, and announce once', async () => {
    // The org chart: two pelaksana under a pengawas.
    await suite.orgChart(
      [
        ['jab-kasi', 'PENGAWAS', 9],
        ['jab-staf', 'PELAKSANA', 6],
      ],
      [
        [head, 'jab-kasi', null],
        [staff, 'jab-staf', head],
        [junior, 'jab-staf', head],
        [late, 'jab-staf', head],
        [fresh, 'jab-staf', head],
      ],
    );
    // Final annual appraisals, Baik; the fresh one's 2026 appraisal comes after the list is
    // opened.
    for (const e of [staff, junior, late]) {
      for (const year of [2025, 2026]) await suite.appraise(e, year);
    }
    await suite.appraise(fresh, 2025);

    const bad = await upload(
      ['employee_id,golongan,tmt_golongan', `${staff},III/f,2022-04-01`].join('\n'),
    ).expect(422);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(as<{ errors: { field: string }[] }>(bad).errors.map((e) => e.field)).toEqual([
      'line[2].golongan',
    ]);

    const csv = [
      'NIP Baru;PNS ID;Golongan;TMT Gol;SK Nomor',
      `198703122010011002;${staff};II/d;01-04-2018;823/1/2018`,
      `198703122010011002;${staff};III/a;01-04-2022;823/2/2022`,
      `;${junior};31;01-01-2025;`,
      `;${head};III/d;01-10-2021;`,
      `;${fresh};III/a;01-04-2022;`,
    ].join('\n');
    expect(as<{ written: number }>(await upload(csv, true).expect(200)).written).toBe(0);
    await upload(csv).expect(201, {
      kind: 'RANKS',
      dryRun: false,
      rows: 5,
      employees: 4,
      written: 5,
    });
    await upload(csv).expect(201); // sent again: nothing doubled
    const rank = as<{ current: { golongan: string }; history: unknown[] }>(
      await http().get(`/api/v1/ranks/${staff}`).auth(suite.admin, { type: 'bearer' }).expect(200),
    );
    expect(rank.current.golongan).toBe('III/a');
    expect(rank.history).toHaveLength(2);

    await http()
      .post('/api/v1/promotions/periods/2027-05-01/evaluate')
      .auth(suite.admin, { type: 'bearer' })
      .expect(422);
    const summary = await http()
      .post(`/api/v1/promotions/periods/${period}/evaluate`)
      .auth(suite.admin, { type: 'bearer' })
      .expect(201);
    expect(summary.body).toEqual({
      periodDate: period,
      evaluated: 5,
      eligible: 1,
      newlyEligible: 1,
    });

    const list = as<{ entries: Entry[] }>(
      await http()
        .get(`/api/v1/promotions/periods/${period}`)
        .auth(suite.admin, { type: 'bearer' })
        .expect(200),
    );
    const byId = new Map(list.entries.map((e) => [e.employeeId, e]));
    expect(byId.get(staff)).toMatchObject({ kind: 'REGULER', eligible: true, nextRank: 'III/b' });
    expect(byId.get(staff)!.criteria.predikatHistory.map((h) => h.year)).toEqual([2026, 2025]);
    const years = byId.get(junior)!.checks.find((c) => c.code === 'YEARS_IN_RANK')!;
    expect(years.status).toBe('NOT_MET');
    expect(years.missing!.id).toContain('terpenuhi pada 1 Januari 2029');
    expect(byId.get(head)!.checks.find((c) => c.code === 'SUPERIOR_RANK')!.status).toBe('UNKNOWN');

    const announced = await waitUntil('promotion-eligible for the eligible one', () => {
      const found = suite.recorder
        .on(promotionEligibleV1.topic)
        .map((m) => JSON.parse(m.value!) as PromotionEligibleV1)
        .filter((e) => e.agencyId === agency);
      return found.length > 0 ? found : undefined;
    });
    expect(announced.map((e) => [e.employeeId, e.currentRank, e.nextRank, e.periodDate])).toEqual([
      [staff, 'III/a', 'III/b', period],
    ]);
    expect(JSON.stringify(announced)).not.toContain('198703122010011002');

    // Evaluated again: still eligible, announced no second time.
    await http()
      .post(`/api/v1/promotions/periods/${period}/evaluate`)
      .auth(suite.admin, { type: 'bearer' })
      .expect(201, { periodDate: period, evaluated: 5, eligible: 1, newlyEligible: 0 });

    // The person sees their own eligibility; the agency decides with a reason.
    const mine = as<{ entries: Entry[] }>(
      await http()
        .get('/api/v1/promotions/me')
        .auth(await CareerApp.token(agency, staff, 'PEGAWAI'), { type: 'bearer' })
        .expect(200),
    );
    expect(mine.entries.map((e) => [e.employeeId, e.eligible])).toEqual([[staff, true]]);
    // A rank recorded after the list was opened: the person is checked again and told at once.
    expect(byId.get(late)!.checks.map((c) => c.status)).toEqual(['UNKNOWN']);
    await http()
      .put(`/api/v1/ranks/${late}`)
      .auth(suite.admin, { type: 'bearer' })
      .send({ golongan: 'III/a', tmt: '2022-10-01', revision: 0 })
      .expect(200);
    await waitUntil('promotion-eligible for the rank recorded late', () =>
      suite.recorder
        .on(promotionEligibleV1.topic)
        .map((m) => JSON.parse(m.value!) as PromotionEligibleV1)
        .find((e) => e.employeeId === late),
    );

    // The annual appraisal that completes the predikat history, after the list was opened.
    expect(byId.get(fresh)!.checks.find((c) => c.code === 'PREDIKAT')!.status).toBe('UNKNOWN');
    await suite.appraise(fresh, 2026);
    await waitUntil('promotion-eligible after the second annual predikat', () =>
      suite.recorder
        .on(promotionEligibleV1.topic)
        .map((m) => JSON.parse(m.value!) as PromotionEligibleV1)
        .find((e) => e.employeeId === fresh),
    );

    // Succession-pool status is the agency's to show: hidden by default, shown once allowed.
    const staffToken = await CareerApp.token(agency, staff, 'PEGAWAI');
    const hidden = await http()
      .get('/api/v1/succession-pools/me')
      .auth(staffToken, { type: 'bearer' })
      .expect(403);
    expect(hidden.headers['content-type']).toContain('application/problem+json');
    const settings = as<{ transparency: object; revision: number }>(
      await http()
        .get(`/api/v1/agencies/${agency}/promotion-settings`)
        .auth(suite.admin, { type: 'bearer' })
        .expect(200),
    );
    const {
      configured: _c,
      agencyId: _a,
      ...values
    } = settings as unknown as Record<string, unknown>;
    await http()
      .put(`/api/v1/agencies/${agency}/promotion-settings`)
      .auth(suite.admin, { type: 'bearer' })
      .send({ ...values, transparency: { promotionEligibility: true, successionPool: true } })
      .expect(200);
    await http()
      .get('/api/v1/succession-pools/me')
      .auth(staffToken, { type: 'bearer' })
      .expect(200, []);

    const junto = byId.get(junior)!;
    const refused = await http()
      .post(`/api/v1/promotions/periods/${period}/employees/${junior}/decision`)
      .auth(suite.admin, { type: 'bearer' })
      .send({ status: 'PROPOSED', reason: 'Diusulkan', revision: junto.revision + 1 })
      .expect(409);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    const current = as<Entry>(
      await http()
        .get(`/api/v1/promotions/periods/${period}/employees/${staff}`)
        .auth(suite.admin, { type: 'bearer' })
        .expect(200),
    );
    const noReason = await http()
      .post(`/api/v1/promotions/periods/${period}/employees/${staff}/decision`)
      .auth(suite.admin, { type: 'bearer' })
      .send({ status: 'PROPOSED', revision: current.revision })
      .expect(400);
    expect(JSON.stringify(noReason.body)).toContain('reason');
    const decided = await http()
      .post(`/api/v1/promotions/periods/${period}/employees/${staff}/decision`)
      .auth(suite.admin, { type: 'bearer' })
      .send({ status: 'PROPOSED', reason: 'Memenuhi seluruh syarat', revision: current.revision })
      .expect(201);
    expect(decided.body).toMatchObject({
      decision: { status: 'PROPOSED', reason: 'Memenuhi seluruh syarat' },
    });
  });
});
