import type { ReportingLine } from '@jenjang/auth';
import { mergePlacement } from './org-chart.repository';

const line = (placementId: string, revision: number, validFrom: string): ReportingLine => ({
  placementId,
  revision,
  employeeId: 'e1',
  agencyId: 'AG1',
  unitId: 'u1',
  position: { id: 'j1', name: 'Analis', group: 'FUNGSIONAL' },
  superiorEmployeeId: 's1',
  validFrom,
  validTo: null,
});

describe('mergePlacement', () => {
  it('should keep the newer revision when a placement is revised', () => {
    const merged = mergePlacement([line('p1', 1, '2026-01-01')], line('p1', 2, '2026-01-01'));
    expect(merged).toEqual([line('p1', 2, '2026-01-01')]);
  });

  it('should change nothing when an older or repeated revision arrives', () => {
    expect(mergePlacement([line('p1', 2, '2026-01-01')], line('p1', 2, '2026-01-01'))).toBeNull();
    expect(mergePlacement([line('p1', 2, '2026-01-01')], line('p1', 1, '2026-01-01'))).toBeNull();
  });

  it('should order placements newest first when a new one is added', () => {
    const merged = mergePlacement([line('p1', 1, '2026-01-01')], line('p2', 1, '2026-04-01'));
    expect(merged?.map((l) => l.placementId)).toEqual(['p2', 'p1']);
  });
});
