import { promotionDecidedV1, type PromotionDecidedV1 } from '@jenjang/contracts';
import { randomLetters, waitUntil } from '@jenjang/testing';
import { PromotionEligibilityService } from '../../src/rank/promotion-eligibility.service';
import { CareerApp, careerSuite } from '../support/career-app';

interface Entry {
  employeeId: string;
  eligible: boolean;
  revision: number;
  relationship?: string;
}

describe('promotion lists: the superior view, scheduled opening and promotion-decided', () => {
  const suite = careerSuite({ topics: [promotionDecidedV1.topic] });
  const { service, agency } = suite;
  const [chief, head, staff, other, stranger] = ['chief', 'head', 'staff', 'other', 'x'].map(
    (n) => `${n}-${randomLetters()}`,
  );
  const period = '2027-04-01';

  const http = () => service.http();
  const bearer = { type: 'bearer' } as const;

  it('should open the next period once, show superiors only their staff and publish decisions', async () => {
    // chief (administrator) <- head (pengawas) <- staff, other (pelaksana); stranger elsewhere.
    await suite.orgChart(
      [
        ['jab-kabid', 'ADMINISTRATOR', 11],
        ['jab-kasi', 'PENGAWAS', 9],
        ['jab-staf', 'PELAKSANA', 6],
      ],
      [
        [chief, 'jab-kabid', null],
        [head, 'jab-kasi', chief],
        [staff, 'jab-staf', head],
        [other, 'jab-staf', head],
        [stranger, 'jab-staf', null],
      ],
    );
    for (const year of [2025, 2026]) await suite.appraise(staff, year);
    for (const [e, golongan, tmt] of [
      [chief, 'IV/a', '2019-04-01'],
      [head, 'III/d', '2021-10-01'],
      [staff, 'III/a', '2022-04-01'],
      [other, 'III/a', '2025-04-01'],
      [stranger, 'III/a', '2022-04-01'],
    ] as const) {
      await http()
        .put(`/api/v1/ranks/${e}`)
        .auth(suite.admin, bearer)
        .send({ golongan, tmt, revision: 0 })
        .expect(200);
    }

    // The scheduled run opens the next period's list (2027-04-01 seen from 10 January) once.
    const promotions = service.app.get(PromotionEligibilityService);
    expect(await promotions.openDueLists('2027-01-10')).toEqual([`${agency} ${period}`]);
    expect(await promotions.openDueLists('2027-01-11')).toEqual([]);
    const list = (
      await http().get(`/api/v1/promotions/periods/${period}`).auth(suite.admin, bearer).expect(200)
    ).body as { entries: Entry[] };
    expect(list.entries.map((e) => [e.employeeId, e.eligible]).sort()).toEqual(
      [
        [chief, false],
        [head, false],
        [other, false],
        [staff, true],
        [stranger, false],
      ].sort(),
    );

    // The direct superior sees their two reports; the chief (ATASAN_PENILAI) sees them one level
    // down plus the head; a PENILAI role without the relationship sees nobody.
    const headToken = await CareerApp.token(agency, head, 'PEGAWAI', 'PENILAI');
    const headView = (
      await http()
        .get(`/api/v1/promotions/team?periodDate=${period}`)
        .auth(headToken, bearer)
        .expect(200)
    ).body as { entries: Entry[]; notListed: unknown[] };
    expect(headView.entries.map((e) => [e.employeeId, e.relationship]).sort()).toEqual(
      [
        [other, 'SUPERIOR'],
        [staff, 'SUPERIOR'],
      ].sort(),
    );
    const chiefToken = await CareerApp.token(agency, chief, 'PENILAI', 'ATASAN_PENILAI');
    const chiefView = (
      await http().get('/api/v1/promotions/team').auth(chiefToken, bearer).expect(200)
    ).body as { periodDate: string; entries: Entry[] };
    expect(chiefView.periodDate).toBe(period);
    expect(chiefView.entries.map((e) => [e.employeeId, e.relationship]).sort()).toEqual(
      [
        [head, 'SUPERIOR'],
        [other, 'ATASAN_PENILAI'],
        [staff, 'ATASAN_PENILAI'],
      ].sort(),
    );
    const strangerToken = await CareerApp.token(agency, stranger, 'PENILAI');
    const none = (
      await http().get('/api/v1/promotions/team').auth(strangerToken, bearer).expect(200)
    ).body as { entries: Entry[] };
    expect(none.entries).toEqual([]);
    await http()
      .get('/api/v1/promotions/team')
      .auth(await CareerApp.token(agency, staff, 'PEGAWAI'), bearer)
      .expect(403);
    // One person: the superiors read it, a colleague does not (404, as for a stranger).
    await http()
      .get(`/api/v1/promotions/periods/${period}/employees/${staff}`)
      .auth(headToken, bearer)
      .expect(200);
    await http()
      .get(`/api/v1/promotions/periods/${period}/employees/${staff}`)
      .auth(chiefToken, bearer)
      .expect(200);
    await http()
      .get(`/api/v1/promotions/periods/${period}/employees/${staff}`)
      .auth(strangerToken, bearer)
      .expect(404);

    // A decision publishes promotion-decided: ids and codes, never the reason.
    const entry = list.entries.find((e) => e.employeeId === staff)!;
    const reason = 'Memenuhi seluruh syarat; diusulkan ke BKN';
    await http()
      .post(`/api/v1/promotions/periods/${period}/employees/${staff}/decision`)
      .auth(suite.admin, bearer)
      .send({ status: 'PROPOSED', reason, revision: entry.revision })
      .expect(201);
    const decided = await waitUntil('promotion-decided for the decision', () =>
      suite.recorder
        .on(promotionDecidedV1.topic)
        .map((m) => ({ value: JSON.parse(m.value!) as PromotionDecidedV1, key: m.key }))
        .find((m) => m.value.employeeId === staff && m.value.agencyId === agency),
    );
    expect(decided.key).toBe(staff);
    expect(decided.value).toMatchObject({
      periodDate: period,
      kind: 'REGULER',
      decision: 'PROPOSED',
      eligible: true,
      currentRank: 'III/a',
      nextRank: 'III/b',
    });
    expect(JSON.stringify(decided.value)).not.toContain('BKN');
    expect(promotionDecidedV1.validate(decided.value).ok).toBe(true);
  });
});
