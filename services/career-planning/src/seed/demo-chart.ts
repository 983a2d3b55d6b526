import { demoOrganisation } from '@jenjang/demo-data';
import type { PositionGroup } from '../shared/domain/position-ref';

// The demo agency's organisation chart (libs/demo-data, the same people and jabatan ids as the
// other services' demo), with what this service keeps of the posts. Ids only, no names or NIP.
export { demoId } from '@jenjang/demo-data';

// Key competencies of the pengawas posts by section order: what a rotation there develops.
const SECTION_COMPETENCIES = [
  ['KERJA_SAMA', 'KOMUNIKASI'],
  ['PENGAMBILAN_KEPUTUSAN', 'ORIENTASI_PADA_HASIL'],
  ['PELAYANAN_PUBLIK', 'INTEGRITAS'],
];

/** Kelas jabatan of a functional post from its jenjang. */
function fungsionalGrade(name: string): number {
  if (name.includes('Ahli Madya')) return 11;
  if (name.includes('Ahli Muda')) return 9;
  if (name.includes('Ahli Pertama')) return 8;
  return 7; // Terampil
}

export interface ChartPosition {
  positionId: string;
  unitId: string;
  name: string;
  group: PositionGroup;
  grade: number;
  isKey: boolean;
  competencies: string[];
  parentPositionId: string | null;
}

export interface ChartPerson {
  employeeId: string;
  positionId: string;
  unitId: string;
  superiorEmployeeId: string;
  index: number;
}

export function demoChart(seed: string, agencyId: string) {
  const { people: org } = demoOrganisation(seed, agencyId);
  const positions = new Map<string, ChartPosition>();
  const people: ChartPerson[] = [];
  for (const p of org) {
    if (!positions.has(p.post.id)) {
      positions.set(p.post.id, {
        positionId: p.post.id,
        unitId: p.unit.unitId,
        name: p.post.name,
        group: p.post.group,
        grade:
          p.level === 'HEAD'
            ? 14
            : p.level === 'PENGAWAS'
              ? 9
              : p.post.group === 'FUNGSIONAL'
                ? fungsionalGrade(p.post.name)
                : 6,
        isKey: p.level === 'HEAD' || (p.level === 'PENGAWAS' && p.sectionIndex === 0),
        competencies:
          p.level === 'HEAD'
            ? ['PENGAMBILAN_KEPUTUSAN', 'MENGELOLA_PERUBAHAN']
            : p.level === 'PENGAWAS'
              ? SECTION_COMPETENCIES[p.sectionIndex ?? 0]
              : [],
        parentPositionId: p.post.parentId,
      });
    }
    people.push({
      employeeId: p.employeeId,
      positionId: p.post.id,
      unitId: p.unit.unitId,
      superiorEmployeeId: p.superiorId,
      index: p.index,
    });
  }
  return { positions: [...positions.values()], people };
}
