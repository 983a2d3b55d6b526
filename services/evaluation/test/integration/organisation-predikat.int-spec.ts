import { randomLetters } from '@jenjang/testing';
import { AgencySettingsService } from '../../src/agency/agency-settings.service';
import { OrganisationPredikatController } from '../../src/agency/organisation-predikat.controller';
import { AgencyApp, predikatUrl, type Problem } from '../support/agency-app';

describe(OrganisationPredikatController.name, () => {
  const service = new AgencyApp();
  const put = (...args: Parameters<AgencyApp['put']>) => service.put(...args);
  const get = (...args: Parameters<AgencyApp['get']>) => service.get(...args);
  const unit = 'dinas-penanaman-modal-ptsp';
  const storedPredikat = (agencyId: string, year: number) =>
    service.db
      .collection<{ _id: string }>('unit_performance')
      .findOne({ _id: `${agencyId}:${unit}:${year}` });

  beforeAll(async () => {
    await service.start();
  });

  afterAll(async () => {
    await service.stop();
  });

  it('should read back the predikat set for a unit and year', async () => {
    const agency = `ag-${randomLetters()}`;

    const set = await put(predikatUrl(agency, unit, 2025), agency, ['ADMIN_INSTANSI'], {
      predikat: 'ISTIMEWA',
      unitName: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu',
      basis: 'LHE SAKIP 2025: nilai 82,1 (A)',
    });
    const one = await get(predikatUrl(agency, unit, 2025), agency, ['PEGAWAI']);
    const list = await get(`/api/v1/agencies/${agency}/organisation-predikat?year=2025`, agency, [
      'ADMIN_INSTANSI',
    ]);
    const otherYear = await get(
      `/api/v1/agencies/${agency}/organisation-predikat?year=2024`,
      agency,
      ['ADMIN_INSTANSI'],
    );

    expect(set.status).toBe(200);
    expect(one.body).toMatchObject({
      agencyId: agency,
      unitId: unit,
      year: 2025,
      predikat: 'ISTIMEWA',
      revision: 1,
    });
    expect(list.body).toEqual([expect.objectContaining({ unitId: unit, predikat: 'ISTIMEWA' })]);
    expect(otherYear.body).toEqual([]);
    const settings = service.app.get(AgencySettingsService);
    await expect(settings.organisationPredikat(agency, unit, 2025)).resolves.toBe('ISTIMEWA');
    await expect(settings.organisationPredikat(agency, unit, 2024)).resolves.toBeNull();
  });

  it('should answer 404 when no predikat is set for the unit and year', async () => {
    const agency = `ag-${randomLetters()}`;

    const res = await get(predikatUrl(agency, unit, 2025), agency, ['ADMIN_INSTANSI']);

    expect(res.status).toBe(404);
  });

  it('should change with the current revision and refuse a stale one', async () => {
    const agency = `ag-${randomLetters()}`;
    await put(predikatUrl(agency, unit, 2025), agency, ['ADMIN_INSTANSI'], { predikat: 'BAIK' });

    const changed = await put(predikatUrl(agency, unit, 2025), agency, ['ADMIN_PROVINSI'], {
      predikat: 'BUTUH_PERBAIKAN',
      revision: 1,
    });
    const stale = await put(predikatUrl(agency, unit, 2025), agency, ['ADMIN_INSTANSI'], {
      predikat: 'ISTIMEWA',
      revision: 1,
    });

    expect(changed.body).toMatchObject({ predikat: 'BUTUH_PERBAIKAN', revision: 2 });
    expect(stale.status).toBe(409);
    await expect(storedPredikat(agency, 2025)).resolves.toMatchObject({
      predikat: 'BUTUH_PERBAIKAN',
      revision: 2,
    });
  });

  it('should refuse a predikat outside the list and a year that is not a number', async () => {
    const agency = `ag-${randomLetters()}`;

    const badPredikat = await put(predikatUrl(agency, unit, 2025), agency, ['ADMIN_INSTANSI'], {
      predikat: 'SANGAT_BAIK',
    });
    const badYear = await put(
      `/api/v1/agencies/${agency}/units/${unit}/organisation-predikat/duaribu`,
      agency,
      ['ADMIN_INSTANSI'],
      { predikat: 'BAIK' },
    );

    expect(badPredikat.status).toBe(400);
    expect((badPredikat.body as Problem).errors?.map((e) => e.field)).toEqual(['predikat']);
    expect(badYear.status).toBe(400);
    expect((badYear.body as Problem).errors?.map((e) => e.field)).toContain('year');
    await expect(storedPredikat(agency, 2025)).resolves.toBeNull();
  });

  it("should refuse a pegawai and another agency's admin (403) and store nothing", async () => {
    const agency = `ag-${randomLetters()}`;

    const pegawai = await put(predikatUrl(agency, unit, 2025), agency, ['PEGAWAI'], {
      predikat: 'BAIK',
    });
    const stranger = await put(predikatUrl(agency, unit, 2025), 'ag-lain', ['ADMIN_INSTANSI'], {
      predikat: 'BAIK',
    });
    const strangerList = await get(`/api/v1/agencies/${agency}/organisation-predikat`, 'ag-lain', [
      'ADMIN_INSTANSI',
    ]);

    expect(pegawai.status).toBe(403);
    expect(stranger.status).toBe(403);
    expect(strangerList.status).toBe(403);
    await expect(storedPredikat(agency, 2025)).resolves.toBeNull();
  });

  it('should record each change with who made it and the predikat before and after', async () => {
    const agency = `ag-${randomLetters()}`;
    await put(predikatUrl(agency, unit, 2025), agency, ['ADMIN_INSTANSI'], { predikat: 'BAIK' });
    await put(predikatUrl(agency, unit, 2025), agency, ['ADMIN_INSTANSI'], {
      predikat: 'KURANG',
      revision: 1,
    });

    const res = await get(`${predikatUrl(agency, unit, 2025)}/history`, agency, ['ADMIN_INSTANSI']);

    expect(res.body).toEqual([
      expect.objectContaining({
        action: 'organisation-predikat.set',
        by: { subject: 'u-ADMIN_INSTANSI', roles: ['ADMIN_INSTANSI'] },
        after: { predikat: 'BAIK', unitName: null, basis: null },
      }),
      expect.objectContaining({
        action: 'organisation-predikat.changed',
        before: { predikat: 'BAIK' },
        after: { predikat: 'KURANG' },
      }),
    ]);
  });
});
