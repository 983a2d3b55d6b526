import type { NewAggregate } from '@jenjang/persistence';
import { SYSTEM_ACTOR, audit } from '../shared/audit';
import type { Golongan } from '../rank/domain/golongan';
import { GOLONGAN_CODES } from '../rank/domain/golongan';
import { rankRecordId } from '../rank/rank.repository';
import type { RankRecordDoc } from '../rank/rank.schema';
import type { ChartPerson, ChartPosition } from './demo-chart';

// A plausible pangkat/golongan per kelas jabatan for the demo (a head above their staff), with
// TMTs one to six years back so that some people are eligible in the next promotion period.
const BY_GRADE: Record<number, Golongan> = {
  14: 'IV/c',
  12: 'IV/a',
  11: 'IV/a',
  10: 'III/d',
  9: 'III/d',
  8: 'III/b',
  7: 'II/d',
  6: 'III/a',
};

export function demoRanks(
  agencyId: string,
  people: readonly ChartPerson[],
  positions: ReadonlyMap<string, ChartPosition>,
  year: number,
  now: Date,
): NewAggregate<RankRecordDoc>[] {
  return people.map((person) => {
    const position = positions.get(person.positionId)!;
    const top = GOLONGAN_CODES.indexOf(BY_GRADE[position.grade] ?? 'III/a');
    // Staff one step apart from each other; heads keep their grade's rank.
    const step = position.group === 'PELAKSANA' || position.group === 'FUNGSIONAL';
    const golongan = GOLONGAN_CODES[Math.max(0, top - (step ? person.index % 2 : 0))];
    const tmt = `${year - 1 - (person.index % 6)}-04-01`;
    const current = { golongan, tmt, decreeNumber: null, source: 'IMPORT' as const };
    return {
      _id: rankRecordId(agencyId, person.employeeId),
      employeeId: person.employeeId,
      current,
      history: [current],
      angkaKredit:
        position.group === 'FUNGSIONAL'
          ? { value: 80 + (person.index % 40), required: 100, asOf: tmt }
          : null,
      sanctions: [],
      revision: 1,
      createdAt: now,
      updatedAt: now,
      audit: [audit(SYSTEM_ACTOR, 'rank.seed')],
    };
  });
}
