import type { PositionDoc } from '../skp/skp.schema';
import type { PredikatCurve } from '../agency/domain/curve';
import { demoOrganisation, type DemoLevel, type DemoUnit } from '@jenjang/demo-data';

// The demo agency's organisation chart (libs/demo-data, the same people in every service). This
// service stores ids only (no names, no NIP): head → pengawas → pelaksana/fungsional.
export { DEMO_UNITS, demoId, STAFF_PER_UNIT, type DemoUnit } from '@jenjang/demo-data';

// Demo values for the curve of each organisation predikat (at most this share Sangat Baik). The
// 70% and 0% ends are the reported figures (DOMAIN.md §1); the steps between are for the demo.
export const DEMO_CURVE: PredikatCurve = {
  ISTIMEWA: { SANGAT_BAIK: { maxShare: 0.7 } },
  BAIK: { SANGAT_BAIK: { maxShare: 0.3 } },
  BUTUH_PERBAIKAN: { SANGAT_BAIK: { maxShare: 0.15 } },
  KURANG: { SANGAT_BAIK: { maxShare: 0.05 } },
  SANGAT_KURANG: { SANGAT_BAIK: { maxShare: 0 } },
};

export interface DemoEmployee {
  readonly employeeId: string;
  readonly unit: DemoUnit;
  readonly level: DemoLevel;
  /** Position in the agency (0..), which spreads the states across units. */
  readonly index: number;
  readonly position: PositionDoc;
  readonly penilaiId: string;
  readonly atasanPenilaiId: string | null;
  /** The section a pengawas leads or a staff member works in. */
  readonly section: string | null;
}

export interface DemoChart {
  /** The Sekretaris Daerah: penilai of the heads, appraised by the governor outside the system. */
  readonly sekdaId: string;
  readonly employees: readonly DemoEmployee[];
}

export function demoChart(seed: string, agencyId: string): DemoChart {
  const { sekdaId, people } = demoOrganisation(seed, agencyId);
  return {
    sekdaId,
    employees: people.map((p) => ({
      employeeId: p.employeeId,
      unit: p.unit,
      level: p.level,
      index: p.index,
      position: { id: p.post.id, name: p.post.name, group: p.post.group },
      penilaiId: p.superiorId,
      atasanPenilaiId: p.secondSuperiorId,
      section: p.section,
    })),
  };
}
