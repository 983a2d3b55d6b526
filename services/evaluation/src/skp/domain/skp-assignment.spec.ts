import {
  assignSkp,
  SkpAssignmentMismatchError,
  SkpNotInOrgChartError,
  type ChartView,
} from './skp-assignment';

const chart: ChartView = {
  line: {
    unitId: 'dpmptsp.perizinan',
    position: { id: 'jab-analis', name: 'Analis Perizinan', group: 'FUNGSIONAL' },
  },
  penilaiId: 'emp-kasi',
  atasanPenilaiId: 'emp-kabid',
};

describe('assignSkp', () => {
  it('should take unit, position, penilai and atasan from the org chart when none is sent', () => {
    expect(assignSkp(chart, {})).toEqual({
      unitId: 'dpmptsp.perizinan',
      position: { id: 'jab-analis', name: 'Analis Perizinan', group: 'FUNGSIONAL' },
      penilaiId: 'emp-kasi',
      atasanPenilaiId: 'emp-kabid',
    });
  });

  it('should accept values the pegawai sent when they are the chart’s', () => {
    expect(assignSkp(chart, { unitId: 'dpmptsp.perizinan', penilaiId: 'emp-kasi' }).penilaiId).toBe(
      'emp-kasi',
    );
  });

  it('should refuse a penilai or atasan the pegawai names when the chart says otherwise', () => {
    const refused = (() => {
      try {
        return assignSkp(chart, { penilaiId: 'emp-friend', atasanPenilaiId: 'emp-kasi' });
      } catch (error) {
        return error;
      }
    })();
    expect(refused).toBeInstanceOf(SkpAssignmentMismatchError);
    expect((refused as SkpAssignmentMismatchError).fieldErrors.map((e) => e.field)).toEqual([
      'penilaiId',
      'atasanPenilaiId',
    ]);
  });

  it('should refuse a unit or position the pegawai names when they are not their placement', () => {
    expect(() => assignSkp(chart, { unitId: 'other.unit' })).toThrow(SkpAssignmentMismatchError);
    expect(() => assignSkp(chart, { position: { id: 'jab-kepala' } })).toThrow(
      SkpAssignmentMismatchError,
    );
  });

  it('should refuse an SKP when the employee has no placement today', () => {
    expect(() => assignSkp({ line: null, penilaiId: null, atasanPenilaiId: null }, {})).toThrow(
      SkpNotInOrgChartError,
    );
  });

  it('should refuse an SKP when the chart gives no atasan penilai distinct from the penilai', () => {
    for (const atasanPenilaiId of [null, 'emp-kasi']) {
      let refused: unknown;
      try {
        assignSkp({ ...chart, atasanPenilaiId }, {});
      } catch (error) {
        refused = error;
      }
      expect(refused).toBeInstanceOf(SkpNotInOrgChartError);
      expect(refused).toMatchObject({ missing: 'ATASAN_PENILAI', status: 409 });
    }
  });
});
