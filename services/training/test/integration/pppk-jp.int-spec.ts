import { employeePlacedV1 } from '@jenjang/contracts';
import { publishPlacements, randomLetters, testEnv, waitForGroupToPass } from '@jenjang/testing';
import { TrainingApp } from '../support/training-app';

const AGENCY = `ag-${randomLetters()}`;
const bearer = { type: 'bearer' as const };

describe('the yearly JP of PNS and of PPPK', () => {
  let training: TrainingApp;
  let admin: string;

  beforeAll(async () => {
    training = await new TrainingApp().start();
    admin = await TrainingApp.token(AGENCY, undefined, 'ADMIN_INSTANSI');
  });

  afterAll(async () => {
    await training?.stop();
  });

  it('should hold PNS to the agency minimum and PPPK to the agency PPPK figure', async () => {
    const settings = `/api/v1/agencies/${AGENCY}/training-settings`;
    const refused = await training
      .http()
      .put(settings)
      .auth(admin, bearer)
      .send({ jpRequired: 24, jpRequiredPppk: 30, approvalRequired: false })
      .expect(400);
    expect(JSON.stringify(refused.body)).toContain('jpRequiredPppk');
    const saved = await training
      .http()
      .put(settings)
      .auth(admin, bearer)
      .send({ jpRequired: 24, jpRequiredPppk: 12, approvalRequired: false })
      .expect(200);
    expect(saved.body).toMatchObject({ jpRequired: 24, jpRequiredPppk: 12 });
    // A PUT that leaves the PPPK figure out keeps it.
    const kept = await training
      .http()
      .put(settings)
      .auth(admin, bearer)
      .send({ jpRequired: 30, approvalRequired: false, revision: 1 })
      .expect(200);
    expect(kept.body).toMatchObject({ jpRequired: 30, jpRequiredPppk: 12 });

    const [pns, pppk, unsaid] = ['pns', 'pppk', 'unsaid'].map((n) => `${n}-${randomLetters()}`);
    const position = { id: 'jab-staf', name: 'Pengadministrasi Umum', group: 'PELAKSANA' };
    await publishPlacements(testEnv().brokers, [
      {
        agencyId: AGENCY,
        employeeId: pns,
        superiorEmployeeId: null,
        unitId: 'u',
        position,
        employmentType: 'PNS',
      },
      {
        agencyId: AGENCY,
        employeeId: pppk,
        superiorEmployeeId: null,
        unitId: 'u',
        position,
        employmentType: 'PPPK',
      },
      { agencyId: AGENCY, employeeId: unsaid, superiorEmployeeId: null, unitId: 'u', position },
    ]);
    await waitForGroupToPass(testEnv().brokers, training.groupId, [employeePlacedV1.topic]);

    const year = new Date().getFullYear();
    const required = async (employeeId: string) =>
      (
        (
          await training
            .http()
            .get(`/api/v1/employees/${employeeId}/jp/${year}`)
            .auth(admin, bearer)
            .expect(200)
        ).body as { jpRequired: number }
      ).jpRequired;
    expect([await required(pns), await required(pppk), await required(unsaid)]).toEqual([
      30, 12, 30,
    ]);
  });
});
