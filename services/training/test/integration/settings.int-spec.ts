import { randomLetters } from '@jenjang/testing';
import { TrainingApp } from '../support/training-app';

const AGENCY = `ag-${randomLetters()}`;
const OTHER = `ag-${randomLetters()}`;
const bearer = { type: 'bearer' as const };
const path = (agencyId = AGENCY) => `/api/v1/agencies/${agencyId}/training-settings`;

type Problem = { code?: string; reason?: string; errors?: { field: string }[] };
type View = {
  jpRequired: number;
  approvalRequired: boolean;
  revision: number | null;
  configured: boolean;
};

describe('agency training settings', () => {
  let training: TrainingApp;
  let admin: string;
  const put = (token: string, body: object, agencyId = AGENCY) =>
    training.http().put(path(agencyId)).auth(token, bearer).send(body);
  const get = (token: string, agencyId = AGENCY) =>
    training.http().get(path(agencyId)).auth(token, bearer);

  beforeAll(async () => {
    training = await new TrainingApp().start();
    admin = await TrainingApp.token(AGENCY, undefined, 'ADMIN_INSTANSI');
  });

  afterAll(async () => {
    await training?.stop();
  });

  it('should answer the defaults until the agency saves its own', async () => {
    const res = await get(admin);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      agencyId: AGENCY,
      jpRequired: 20,
      approvalRequired: false,
      revision: null,
      configured: false,
    });
  });

  it.each([
    [{ jpRequired: 0, approvalRequired: false }, 'jpRequired'],
    // PP 17/2020: at least 20 JP a year for every PNS; an agency cannot set less.
    [{ jpRequired: 19, approvalRequired: false }, 'jpRequired'],
    [{ jpRequired: 201, approvalRequired: false }, 'jpRequired'],
    [{ jpRequired: 20.5, approvalRequired: false }, 'jpRequired'],
    [{ jpRequired: 20, approvalRequired: 'ya' }, 'approvalRequired'],
  ])('should refuse %j naming %s, and change nothing', async (body, field) => {
    const res = await put(admin, body);
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(((res.body as Problem).errors ?? []).map((e) => e.field)).toContain(field);
    expect(((await get(admin)).body as View).configured).toBe(false);
  });

  it('should save, guard the revision, audit, and apply the JP minimum', async () => {
    const first = await put(admin, { jpRequired: 24, approvalRequired: true });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ jpRequired: 24, approvalRequired: true, revision: 1 });

    const retried = await put(admin, { jpRequired: 24, approvalRequired: true });
    expect(retried.status).toBe(200);
    expect((retried.body as View).revision).toBe(1);

    const noRevision = await put(admin, { jpRequired: 30, approvalRequired: true });
    expect(noRevision.status).toBe(409);
    expect(noRevision.body).toMatchObject({ code: 'REVISION_REQUIRED' });

    const second = await put(admin, { jpRequired: 30, approvalRequired: false, revision: 1 });
    expect(second.status).toBe(200);
    expect(second.body).toMatchObject({ jpRequired: 30, approvalRequired: false, revision: 2 });

    const stale = await put(admin, { jpRequired: 40, approvalRequired: false, revision: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'REVISION_CONFLICT' });
    expect(((await get(admin)).body as View).jpRequired).toBe(30);

    const history = await training.http().get(`${path()}/history`).auth(admin, bearer);
    expect(history.status).toBe(200);
    expect(history.body).toEqual([
      expect.objectContaining({ action: 'training-settings.created' }),
      expect.objectContaining({
        action: 'training-settings.updated',
        before: { jpRequired: 24, approvalRequired: true },
        after: { jpRequired: 30, approvalRequired: false },
      }),
    ]);

    const jp = await training.http().get(`/api/v1/employees/emp-x/jp/2026`).auth(admin, bearer);
    expect(jp.status).toBe(200);
    expect(jp.body).toMatchObject({ jpRequired: 30, jpMissing: 30 });
  });

  it('should let the province admin write any agency and refuse the others', async () => {
    const province = await TrainingApp.token(
      `prov-${randomLetters()}`,
      undefined,
      'ADMIN_PROVINSI',
    );
    const other = await TrainingApp.token(OTHER, undefined, 'ADMIN_INSTANSI');
    const pegawai = await TrainingApp.token(AGENCY, 'emp-1', 'PEGAWAI');

    const byProvince = await put(province, { jpRequired: 20, approvalRequired: true }, OTHER);
    expect(byProvince.status).toBe(200);
    expect(byProvince.body).toMatchObject({ agencyId: OTHER, revision: 1 });

    const otherAgency = await put(other, { jpRequired: 25, approvalRequired: false, revision: 2 });
    expect(otherAgency.status).toBe(403);
    expect((otherAgency.body as Problem).reason).toBe('OTHER_AGENCY');
    const employee = await put(pegawai, { jpRequired: 25, approvalRequired: false, revision: 2 });
    expect(employee.status).toBe(403);
    expect(((await get(admin)).body as View).jpRequired).toBe(30);
  });
});
