import { randomLetters } from '@jenjang/testing';
import { AgencySettingsController } from '../../src/agency/agency-settings.controller';
import { AgencySettingsService } from '../../src/agency/agency-settings.service';
import { DEFAULT_CURVE } from '../../src/agency/domain/curve';
import { AgencyApp, settingsUrl, type Problem } from '../support/agency-app';

const CURVE = {
  ISTIMEWA: { SANGAT_BAIK: { maxShare: 0.7 } },
  BAIK: { SANGAT_BAIK: { maxShare: 0.5 }, SANGAT_KURANG: { maxShare: 0.1 } },
  BUTUH_PERBAIKAN: { SANGAT_BAIK: { maxShare: 0.3 } },
  KURANG: { SANGAT_BAIK: { maxShare: 0.1 } },
  SANGAT_KURANG: { SANGAT_BAIK: { maxShare: 0 } },
};
const SETTINGS = { periodKinds: ['BULANAN', 'SEMESTERAN'], objectionWindowDays: 21, curve: CURVE };

describe(AgencySettingsController.name, () => {
  const service = new AgencyApp();
  const put = (...args: Parameters<AgencyApp['put']>) => service.put(...args);
  const get = (...args: Parameters<AgencyApp['get']>) => service.get(...args);

  beforeAll(async () => {
    await service.start();
  });

  afterAll(async () => {
    await service.stop();
  });

  const storedSettings = (agencyId: string) =>
    service.db.collection<{ _id: string }>('agency_settings').findOne({ _id: agencyId });

  it('should answer the defaults when the agency has configured nothing', async () => {
    const agency = `ag-${randomLetters()}`;

    const res = await get(settingsUrl(agency), agency, ['PEGAWAI']);

    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      agencyId: agency,
      periodKinds: ['TRIWULANAN', 'TAHUNAN'],
      objectionWindowDays: 14,
      curve: DEFAULT_CURVE,
      revision: null,
      configured: false,
      updatedAt: null,
    });
    await expect(service.app.get(AgencySettingsService).settingsFor(agency)).resolves.toEqual({
      periodKinds: ['TRIWULANAN', 'TAHUNAN'],
      objectionWindowDays: 14,
      curve: DEFAULT_CURVE,
      revision: null,
    });
  });

  it('should give back what the agency admin saved when a pegawai reads it', async () => {
    const agency = `ag-${randomLetters()}`;

    const saved = await put(settingsUrl(agency), agency, ['ADMIN_INSTANSI'], SETTINGS);
    const read = await get(settingsUrl(agency), agency, ['PEGAWAI']);

    expect(saved.status).toBe(200);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({
      agencyId: agency,
      periodKinds: ['BULANAN', 'SEMESTERAN', 'TAHUNAN'],
      objectionWindowDays: 21,
      curve: CURVE,
      revision: 1,
      configured: true,
    });
    await expect(service.app.get(AgencySettingsService).settingsFor(agency)).resolves.toEqual({
      periodKinds: ['BULANAN', 'SEMESTERAN', 'TAHUNAN'],
      objectionWindowDays: 21,
      curve: CURVE,
      revision: 1,
    });
  });

  it('should list every broken bound with its path and store nothing when the curve is invalid', async () => {
    const agency = `ag-${randomLetters()}`;
    const curve = {
      ...CURVE,
      ISTIMEWA: { SANGAT_BAIK: { maxShare: 1.5 } },
      BAIK: { BAIK: { minShare: 0.6, maxShare: 0.4 } },
    };

    const res = await put(settingsUrl(agency), agency, ['ADMIN_INSTANSI'], {
      ...SETTINGS,
      objectionWindowDays: 0,
      curve,
    });

    expect(res.status).toBe(422); // the body is well-formed; its content breaks a rule
    expect(res.headers['content-type']).toContain('application/problem+json');
    const fields = ((res.body as Problem).errors ?? []).map((e) => e.field);
    expect(fields).toEqual([
      'objectionWindowDays',
      'curve.ISTIMEWA.SANGAT_BAIK.maxShare',
      'curve.BAIK.BAIK.minShare',
    ]);
    expect((res.body as Problem).errors?.[1]?.message_id).toContain('harus antara 0 dan 1');
    await expect(storedSettings(agency)).resolves.toBeNull();
  });

  it('should refuse a misspelt bound with its path when the body has an unknown key', async () => {
    const agency = `ag-${randomLetters()}`;
    const curve = { ...CURVE, BAIK: { SANGAT_BAIK: { maxshare: 0.5 } } };

    const res = await put(settingsUrl(agency), agency, ['ADMIN_INSTANSI'], {
      ...SETTINGS,
      curve,
    });

    expect(res.status).toBe(400);
    expect(((res.body as Problem).errors ?? []).map((e) => e.field)).toEqual([
      'curve.BAIK.SANGAT_BAIK.maxshare',
    ]);
    await expect(storedSettings(agency)).resolves.toBeNull();
  });

  it('should refuse a missing organisation predikat and an annual-only period choice', async () => {
    const agency = `ag-${randomLetters()}`;
    const { SANGAT_KURANG: _left, ...curve } = CURVE;

    const res = await put(settingsUrl(agency), agency, ['ADMIN_INSTANSI'], {
      ...SETTINGS,
      periodKinds: ['TAHUNAN'],
      curve,
    });

    expect(res.status).toBe(422); // the body is well-formed; its content breaks a rule
    expect(((res.body as Problem).errors ?? []).map((e) => e.field)).toEqual([
      'periodKinds',
      'curve.SANGAT_KURANG',
    ]);
    await expect(storedSettings(agency)).resolves.toBeNull();
  });

  it('should answer 409 and keep the newer settings when the revision is stale', async () => {
    const agency = `ag-${randomLetters()}`;
    await put(settingsUrl(agency), agency, ['ADMIN_INSTANSI'], SETTINGS);
    const second = await put(settingsUrl(agency), agency, ['ADMIN_INSTANSI'], {
      ...SETTINGS,
      objectionWindowDays: 30,
      revision: 1,
    });

    const stale = await put(settingsUrl(agency), agency, ['ADMIN_INSTANSI'], {
      ...SETTINGS,
      objectionWindowDays: 7,
      revision: 1,
    });

    expect(second.body).toMatchObject({ revision: 2, objectionWindowDays: 30 });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'REVISION_CONFLICT' });
    await expect(storedSettings(agency)).resolves.toMatchObject({
      revision: 2,
      objectionWindowDays: 30,
    });
  });

  it('should answer 409 when a change to saved settings names no revision', async () => {
    const agency = `ag-${randomLetters()}`;
    await put(settingsUrl(agency), agency, ['ADMIN_INSTANSI'], SETTINGS);

    const res = await put(settingsUrl(agency), agency, ['ADMIN_INSTANSI'], {
      ...SETTINGS,
      objectionWindowDays: 7,
    });

    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ code: 'REVISION_REQUIRED' });
    await expect(storedSettings(agency)).resolves.toMatchObject({ objectionWindowDays: 21 });
  });

  it('should answer the stored settings when the same PUT is retried', async () => {
    const agency = `ag-${randomLetters()}`;
    await put(settingsUrl(agency), agency, ['ADMIN_INSTANSI'], SETTINGS);

    const retry = await put(settingsUrl(agency), agency, ['ADMIN_INSTANSI'], SETTINGS);

    expect(retry.status).toBe(200);
    expect(retry.body).toMatchObject({ revision: 1, objectionWindowDays: 21 });
  });

  it('should take back a document read with GET, changed in one field, as it was read', async () => {
    const agency = `ag-${randomLetters()}`;
    await put(settingsUrl(agency), agency, ['ADMIN_INSTANSI'], SETTINGS);
    const read = await get(settingsUrl(agency), agency, ['ADMIN_INSTANSI']);

    const back = await put(settingsUrl(agency), agency, ['ADMIN_INSTANSI'], {
      ...(read.body as Record<string, unknown>),
      objectionWindowDays: 30,
    });

    expect(back.status).toBe(200);
    expect(back.body).toMatchObject({ agencyId: agency, objectionWindowDays: 30, revision: 2 });
  });

  it('should let a pegawai read but not write the settings', async () => {
    const agency = `ag-${randomLetters()}`;

    const read = await get(settingsUrl(agency), agency, ['PEGAWAI']);
    const write = await put(settingsUrl(agency), agency, ['PEGAWAI'], SETTINGS);

    expect(read.status).toBe(200);
    expect(write.status).toBe(403);
    await expect(storedSettings(agency)).resolves.toBeNull();
  });

  it("should answer 403 and change nothing when another agency's admin reads or writes", async () => {
    const agency = `ag-${randomLetters()}`;
    await put(settingsUrl(agency), agency, ['ADMIN_INSTANSI'], SETTINGS);
    const other = `ag-${randomLetters()}`;

    const read = await get(settingsUrl(agency), other, ['ADMIN_INSTANSI']);
    const write = await put(settingsUrl(agency), other, ['ADMIN_INSTANSI'], {
      ...SETTINGS,
      objectionWindowDays: 3,
      revision: 1,
    });

    expect(read.status).toBe(403);
    expect(write.status).toBe(403);
    expect(write.body).toMatchObject({ reason: 'OTHER_AGENCY' });
    await expect(storedSettings(agency)).resolves.toMatchObject({
      revision: 1,
      objectionWindowDays: 21,
    });
  });

  it('should let the province admin write and an analyst read any agency', async () => {
    const agency = `ag-${randomLetters()}`;

    const write = await put(settingsUrl(agency), 'bkd-provinsi', ['ADMIN_PROVINSI'], SETTINGS);
    const read = await get(settingsUrl(agency), 'tim-analitik', ['ANALIS']);
    const analystWrite = await put(settingsUrl(agency), 'tim-analitik', ['ANALIS'], {
      ...SETTINGS,
      revision: 1,
      objectionWindowDays: 5,
    });

    expect(write.status).toBe(200);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ revision: 1, configured: true });
    expect(analystWrite.status).toBe(403);
  });

  it('should record who changed what, before and after, when settings are saved', async () => {
    const agency = `ag-${randomLetters()}`;
    await put(settingsUrl(agency), agency, ['ADMIN_INSTANSI'], SETTINGS);
    await put(settingsUrl(agency), agency, ['ADMIN_INSTANSI'], {
      ...SETTINGS,
      objectionWindowDays: 30,
      revision: 1,
    });

    const res = await get(`${settingsUrl(agency)}/history`, agency, ['ADMIN_INSTANSI']);

    expect(res.status).toBe(200);
    expect(res.body).toEqual([
      expect.objectContaining({
        action: 'agency-settings.created',
        by: { subject: 'u-ADMIN_INSTANSI', roles: ['ADMIN_INSTANSI'] },
        before: {
          periodKinds: ['TRIWULANAN', 'TAHUNAN'],
          objectionWindowDays: 14,
          curve: DEFAULT_CURVE,
        },
        after: {
          periodKinds: ['BULANAN', 'SEMESTERAN', 'TAHUNAN'],
          objectionWindowDays: 21,
          curve: CURVE,
        },
      }),
      expect.objectContaining({
        action: 'agency-settings.updated',
        before: { objectionWindowDays: 21 },
        after: { objectionWindowDays: 30 },
      }),
    ]);
  });
});
