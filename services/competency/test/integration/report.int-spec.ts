import { randomLetters, waitUntil } from '@jenjang/testing';
import {
  CompetencyApp,
  finalizedAppraisal,
  publishFinalized,
  uuidOf,
  bodyOf,
  problemOf,
} from '../support/competency-app';

interface Settings {
  configured: boolean;
  revision: number;
  formula: string;
  settings: { jpm: Record<string, unknown>; currentLevel: Record<string, unknown> };
}

describe('Competency reports', () => {
  let service: CompetencyApp;
  const agencyId = `itest-r-${randomLetters()}`;
  const positionId = `${agencyId}-jab-analis`;
  let admin: string;

  beforeAll(async () => {
    service = await new CompetencyApp().start();
    admin = `Bearer ${await CompetencyApp.token(agencyId, undefined, 'ADMIN_INSTANSI')}`;
    await service
      .http()
      .put(`/api/v1/agencies/${agencyId}/position-standards/${positionId}`)
      .set('Authorization', admin)
      .send({
        positionName: 'Analis',
        positionGroup: 'FUNGSIONAL',
        requirements: [
          { code: 'INTEGRITAS', requiredLevel: 3 },
          { code: 'KERJA_SAMA', requiredLevel: 3 },
        ],
      })
      .expect(200);
    // Two people in two units: one meets the standard, the other meets nothing.
    const people: [string, string, [string, number][]][] = [
      [
        'emp-a',
        'U1',
        [
          ['INTEGRITAS', 3],
          ['KERJA_SAMA', 3],
        ],
      ],
      ['emp-b', 'U2', [['INTEGRITAS', 1]]],
    ];
    for (const [employeeId, unit, levels] of people) {
      await publishFinalized(
        uuidOf(`${agencyId}-${employeeId}`),
        finalizedAppraisal(agencyId, employeeId, {
          unitId: unit,
          position: { id: positionId, name: 'Analis', group: 'FUNGSIONAL' },
        }),
      );
      await waitUntil('the profile', async () => {
        const res = await service
          .http()
          .get(`/api/v1/agencies/${agencyId}/profiles/${employeeId}`)
          .set('Authorization', admin);
        return res.status === 200;
      });
      for (const [competencyCode, level] of levels) {
        await service
          .http()
          .post(`/api/v1/agencies/${agencyId}/profiles/${employeeId}/assessments`)
          .set('Authorization', admin)
          .send({ competencyCode, level, source: 'ASSESSMENT_CENTER', assessedAt: '2026-01-15' })
          .expect(201);
      }
    }
  }, 90_000);

  afterAll(async () => {
    await service?.stop();
  });

  it('should report the fulfilment rate per unit and per position', async () => {
    const res = await service
      .http()
      .get(`/api/v1/agencies/${agencyId}/reports/fulfilment`)
      .set('Authorization', admin)
      .expect(200);
    expect(bodyOf<{ byUnit: unknown }>(res).byUnit).toEqual([
      expect.objectContaining({
        unitId: 'U1',
        employees: 1,
        meetingStandard: 1,
        fulfilmentRate: 100,
        averageJpm: 100,
      }),
      expect.objectContaining({
        unitId: 'U2',
        employees: 1,
        meetingStandard: 0,
        fulfilmentRate: 0,
        averageJpm: 16.67,
      }),
    ]);
    expect(bodyOf<{ byPosition: unknown }>(res).byPosition).toEqual([
      expect.objectContaining({
        positionId,
        positionName: 'Analis',
        employees: 2,
        requirementsMet: 2,
        requirementsTotal: 4,
        fulfilmentRate: 50,
      }),
    ]);
  });

  it('should list the most common gaps, readable by analysts of the province and not by a PEGAWAI', async () => {
    const analyst = `Bearer ${await CompetencyApp.token('bkd-provinsi', undefined, 'ANALIS')}`;
    const res = await service
      .http()
      .get(`/api/v1/agencies/${agencyId}/reports/common-gaps?limit=5`)
      .set('Authorization', analyst)
      .expect(200);
    expect(bodyOf<{ gaps: unknown }>(res).gaps).toEqual([
      {
        competencyCode: 'KERJA_SAMA',
        competencyName: 'Kerja Sama',
        kind: 'MANAJERIAL',
        employeesShort: 1,
        notAssessed: 1,
        averageGap: 3,
      },
      {
        competencyCode: 'INTEGRITAS',
        competencyName: 'Integritas',
        kind: 'MANAJERIAL',
        employeesShort: 1,
        notAssessed: 0,
        averageGap: 2,
      },
    ]);
    const pegawai = `Bearer ${await CompetencyApp.token(agencyId, 'emp-a', 'PEGAWAI')}`;
    await service
      .http()
      .get(`/api/v1/agencies/${agencyId}/reports/common-gaps`)
      .set('Authorization', pegawai)
      .expect(403);
  });
  it('should compute JPM with the settings the agency saved, refusing invalid ones', async () => {
    const url = `/api/v1/agencies/${agencyId}/assessment-settings`;
    const initial = bodyOf<Settings>(
      await service.http().get(url).set('Authorization', admin).expect(200),
    );
    expect(initial).toMatchObject({ configured: false, revision: 0, formula: 'JPM-MIN-CAPPED-v1' });
    const jpm = { ...initial.settings.jpm, unassessed: 'EXCLUDE' };
    const refused = await service
      .http()
      .put(url)
      .set('Authorization', admin)
      .send({
        ...initial.settings,
        jpm: { ...jpm, bands: [{ category: 'OPTIMAL', minPercent: 90 }] },
        revision: 0,
      })
      .expect(422);
    expect(problemOf(refused).errors[0].field).toBe('jpm.bands');
    const saved = await service
      .http()
      .put(url)
      .set('Authorization', admin)
      .send({ ...initial.settings, jpm, revision: 0 })
      .expect(200);
    expect(bodyOf<Settings>(saved)).toMatchObject({
      configured: true,
      revision: 1,
      formula: 'JPM-MIN-CAPPED-ASSESSED-ONLY-v1',
    });
    await service
      .http()
      .put(url)
      .set('Authorization', admin)
      .send({ ...initial.settings, jpm, revision: 0 })
      .expect(409);
    // emp-b: only INTEGRITAS (1 of 3) is assessed and counted now.
    const res = await service
      .http()
      .get(`/api/v1/agencies/${agencyId}/reports/fulfilment`)
      .set('Authorization', admin)
      .expect(200);
    const report = bodyOf<{ jpmFormula: string; byUnit: { unitId: string; averageJpm: number }[] }>(
      res,
    );
    expect(report.jpmFormula).toBe('JPM-MIN-CAPPED-ASSESSED-ONLY-v1');
    expect(report.byUnit.find((r) => r.unitId === 'U2')?.averageJpm).toBe(33.33);
  });
});
