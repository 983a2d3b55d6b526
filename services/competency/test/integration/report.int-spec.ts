import { randomLetters, waitUntil } from '@jenjang/testing';
import {
  CompetencyApp,
  finalizedAppraisal,
  publishFinalized,
  uuidOf,
  bodyOf,
} from '../support/competency-app';

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
});
