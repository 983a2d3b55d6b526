import { OrgChartRepository } from '@jenjang/platform';
import { publishPlacements, randomLetters, testEnv, waitUntil } from '@jenjang/testing';
import { actorsFor, ratedAppraisal, type Actors } from '../support/appraisal-flow';
import { EvaluationApp, skpBody } from '../support/evaluation-app';

// Setting a predikat against the unit's curve: its bounds, the unit's headcount, the unit head.
describe('Appraisal predikat and the unit curve', () => {
  const app = new EvaluationApp();
  let who: Actors;

  beforeAll(async () => {
    await app.start();
    who = await actorsFor(`emp-${randomLetters(5)}`);
  });

  afterAll(async () => {
    await app.stop();
  });

  it('should refuse a predikat that breaks the unit curve, naming the bound and the counts', async () => {
    const weakUnit = `unit-${randomLetters(5)}`;
    await app
      .http()
      .put(`/api/v1/agencies/AG1/units/${weakUnit}/organisation-predikat/2026`)
      .set('Authorization', `Bearer ${who.admin}`)
      .send({ predikat: 'SANGAT_KURANG' })
      .expect(200);
    const star = await actorsFor(`emp-${randomLetters(5)}`);
    const { appraisal, bearer, revision } = await ratedAppraisal(
      app,
      star,
      weakUnit,
      'DI_ATAS_EKSPEKTASI',
      'DI_ATAS_EKSPEKTASI',
    );
    const refused = await app
      .http()
      .post(`/api/v1/appraisals/${appraisal.id}/predikat`)
      .set(...bearer(star.penilai))
      .send({ revision })
      .expect(409);
    expect(refused.body).toMatchObject({ code: 'CURVE_VIOLATION' });
    expect((refused.body as { detail_id: string }).detail_id).toMatch(/Sangat Baik/);
    // The penilai could see it coming: the curve names the same bound; the pegawai cannot read it.
    const curve = await app
      .http()
      .get(`/api/v1/appraisals/${appraisal.id}/curve`)
      .set(...bearer(star.penilai))
      .expect(200);
    const outlook = (curve.body as { outlook: { predikat: string; message: unknown }[] }).outlook;
    expect(curve.body).toMatchObject({ unitId: weakUnit, organisationPredikat: 'SANGAT_KURANG' });
    expect(outlook.find((o) => o.predikat === 'SANGAT_BAIK')).toMatchObject({
      ok: false,
      message: { id: (refused.body as { detail_id: string }).detail_id },
    });
    await app
      .http()
      .get(`/api/v1/appraisals/${appraisal.id}/curve`)
      .set(...bearer(star.pegawai))
      .expect(404);
    const after = await app
      .http()
      .get(`/api/v1/appraisals/${appraisal.id}`)
      .set(...bearer(star.pegawai))
      .expect(200);
    expect(after.body).toMatchObject({ status: 'DINILAI', predikat: null, revision });
  });

  it('should judge the curve against the unit headcount, not the appraisals opened so far', async () => {
    const bigUnit = `unit-${randomLetters(5)}`;
    await app
      .http()
      .put(`/api/v1/agencies/AG1/units/${bigUnit}/organisation-predikat/2026`)
      .set('Authorization', `Bearer ${who.admin}`)
      .send({ predikat: 'ISTIMEWA' })
      .expect(200);
    // Three colleagues are placed in the unit; none of them has an appraisal yet.
    for (const colleague of ['a', 'b', 'c']) {
      await app.placed(`emp-${randomLetters(5)}-${colleague}`, bigUnit);
    }
    const star = await actorsFor(`emp-${randomLetters(5)}`);
    const { appraisal, bearer, revision } = await ratedAppraisal(
      app,
      star,
      bigUnit,
      'DI_ATAS_EKSPEKTASI',
      'DI_ATAS_EKSPEKTASI',
    );

    // 1 Sangat Baik of 4 people is 25%, within Istimewa's 70% (1 of 1 appraisal would be 100%).
    const set = await app
      .http()
      .post(`/api/v1/appraisals/${appraisal.id}/predikat`)
      .set(...bearer(star.penilai))
      .send({ revision })
      .expect(201);
    expect(set.body).toMatchObject({ status: 'PREDIKAT_DITETAPKAN', predikat: 'SANGAT_BAIK' });
  });

  it("should hold a unit head's rating hasil kerja to the unit's result when the predikat is set", async () => {
    const headed = `unit-${randomLetters(5)}`;
    await app
      .http()
      .put(`/api/v1/agencies/AG1/units/${headed}/organisation-predikat/2026`)
      .set('Authorization', `Bearer ${who.admin}`)
      .send({ predikat: 'ISTIMEWA' })
      .expect(200);
    const head = await actorsFor(`emp-${randomLetters(5)}`);
    const { appraisal, bearer, revision } = await ratedAppraisal(
      app,
      head,
      headed,
      'SESUAI_EKSPEKTASI',
      'SESUAI_EKSPEKTASI',
    );
    // The penilai sits above the unit: the appraised person now heads it.
    const parent = `parent-${randomLetters(5)}`;
    await publishPlacements(testEnv().brokers, [
      {
        agencyId: 'AG1',
        employeeId: 'emp-penilai',
        superiorEmployeeId: 'emp-atasan',
        unitId: parent,
        position: skpBody().position,
      },
    ]);
    const chart = app.app.get(OrgChartRepository);
    await waitUntil('the penilai above the unit', async () => {
      const line = await chart.placementOn('AG1', 'emp-penilai', '2026-06-30');
      return line?.unitId === parent;
    });

    const refused = await app
      .http()
      .post(`/api/v1/appraisals/${appraisal.id}/predikat`)
      .set(...bearer(head.penilai))
      .send({ revision })
      .expect(409);
    expect(refused.body).toMatchObject({ code: 'UNIT_HEAD_RATING' });
    expect((refused.body as { detail_id: string }).detail_id).toContain('Di Atas Ekspektasi');
  });
});
