import {
  actsAsSuperior,
  isSuperiorOf,
  orgChartOf,
  placementOn,
  relationshipOf,
  superiorsOf,
  todayInJakarta,
  type ReportingLine,
} from './org-chart';
import type { Principal } from './principal';
import type { Role } from './roles';

const DAY = '2026-06-01';

function line(
  employeeId: string,
  superiorEmployeeId: string | null,
  extra: Partial<ReportingLine> = {},
): ReportingLine {
  return {
    placementId: `pl-${employeeId}`,
    revision: 1,
    employeeId,
    agencyId: 'AG1',
    unitId: 'AG1.u1',
    position: { id: `jab-${employeeId}`, name: 'Analis', group: 'FUNGSIONAL' },
    superiorEmployeeId,
    validFrom: '2026-01-01',
    validTo: null,
    ...extra,
  };
}

const person = (employeeId: string, roles: Role[], agencyId = 'AG1'): Principal => ({
  subject: `u-${employeeId}`,
  employeeId,
  agencyId,
  roles,
});

// kepala -> kabid -> kasi -> staf; kasi2 is kasi's colleague under the same kabid.
const chart = orgChartOf([
  line('kepala', null),
  line('kabid', 'kepala'),
  line('kasi', 'kabid'),
  line('kasi2', 'kabid'),
  line('staf', 'kasi'),
]);

describe('placementOn', () => {
  it('should pick the placement covering the day when earlier ones ended', () => {
    const old = line('a', 'x', { placementId: 'p1', validTo: '2026-03-31' });
    const now = line('a', 'y', { placementId: 'p2', validFrom: '2026-04-01' });
    expect(placementOn([old, now], DAY)?.superiorEmployeeId).toBe('y');
    expect(placementOn([old, now], '2026-02-01')?.superiorEmployeeId).toBe('x');
  });

  it('should use the latest revision of a placement when it was ended later', () => {
    const first = line('a', 'x', { placementId: 'p1' });
    const ended = line('a', 'x', { placementId: 'p1', revision: 2, validTo: '2026-05-31' });
    expect(placementOn([ended, first], DAY)).toBeNull();
  });

  it('should prefer the placement that began last when two overlap', () => {
    const old = line('a', 'x', { placementId: 'p1' });
    const newer = line('a', 'y', { placementId: 'p2', validFrom: '2026-05-01' });
    expect(placementOn([newer, old], DAY)?.placementId).toBe('p2');
  });

  it('should find nothing when the placement starts after the day', () => {
    expect(placementOn([line('a', 'x', { validFrom: '2026-07-01' })], DAY)).toBeNull();
  });
});

describe('superiorsOf', () => {
  it('should give the direct superior as penilai and their superior as atasan penilai', async () => {
    await expect(superiorsOf(chart, 'AG1', 'staf', DAY)).resolves.toMatchObject({
      penilaiId: 'kasi',
      atasanPenilaiId: 'kabid',
    });
  });

  it('should give no atasan when the superior is at the top', async () => {
    await expect(superiorsOf(chart, 'AG1', 'kabid', DAY)).resolves.toMatchObject({
      penilaiId: 'kepala',
      atasanPenilaiId: null,
    });
  });

  it('should never make the penilai the atasan penilai when the chart loops', async () => {
    const loop = orgChartOf([line('a', 'b'), line('b', 'b')]);
    await expect(superiorsOf(loop, 'AG1', 'a', DAY)).resolves.toMatchObject({
      penilaiId: 'b',
      atasanPenilaiId: null,
    });
  });

  it('should not read a superior from another agency', async () => {
    await expect(superiorsOf(chart, 'AG2', 'staf', DAY)).resolves.toMatchObject({
      line: null,
      penilaiId: null,
    });
  });
});

describe('relationshipOf', () => {
  it('should name each relationship by today’s chart', async () => {
    const p = (id: string) => person(id, ['PEGAWAI', 'PENILAI', 'ATASAN_PENILAI']);
    await expect(relationshipOf(chart, p('staf'), 'staf', DAY)).resolves.toBe('SELF');
    await expect(relationshipOf(chart, p('kasi'), 'staf', DAY)).resolves.toBe('SUPERIOR');
    await expect(relationshipOf(chart, p('kabid'), 'staf', DAY)).resolves.toBe('ATASAN_PENILAI');
    await expect(relationshipOf(chart, p('kepala'), 'staf', DAY)).resolves.toBe('NONE');
    await expect(relationshipOf(chart, p('kasi2'), 'staf', DAY)).resolves.toBe('NONE');
  });

  it('should find no relationship when the caller is of another agency', async () => {
    await expect(
      relationshipOf(chart, person('kasi', ['PENILAI'], 'AG2'), 'staf', DAY),
    ).resolves.toBe('NONE');
  });

  it('should find no relationship when the caller is not an employee', async () => {
    const analyst: Principal = { subject: 'an', agencyId: 'AG1', roles: ['ANALIS'] };
    await expect(relationshipOf(chart, analyst, 'staf', DAY)).resolves.toBe('NONE');
  });
});

describe('isSuperiorOf', () => {
  it('should accept a PENILAI only for their direct reports', async () => {
    await expect(isSuperiorOf(chart, person('kasi', ['PENILAI']), 'staf', DAY)).resolves.toBe(true);
    await expect(isSuperiorOf(chart, person('kasi2', ['PENILAI']), 'staf', DAY)).resolves.toBe(
      false,
    );
  });

  it('should accept an ATASAN_PENILAI only one level up', async () => {
    const kabid = person('kabid', ['ATASAN_PENILAI']);
    await expect(isSuperiorOf(chart, kabid, 'staf', DAY)).resolves.toBe(true);
    await expect(isSuperiorOf(chart, kabid, 'kasi', DAY)).resolves.toBe(false);
  });

  it('should refuse the superior when the role is missing', async () => {
    await expect(isSuperiorOf(chart, person('kasi', ['PEGAWAI']), 'staf', DAY)).resolves.toBe(
      false,
    );
    expect(actsAsSuperior(person('kabid', ['PENILAI']), 'ATASAN_PENILAI')).toBe(false);
  });
});

describe('todayInJakarta', () => {
  it('should turn to the next day at 17:00 UTC', () => {
    expect(todayInJakarta(new Date('2026-06-01T16:59:59Z'))).toBe('2026-06-01');
    expect(todayInJakarta(new Date('2026-06-01T17:00:00Z'))).toBe('2026-06-02');
  });
});
