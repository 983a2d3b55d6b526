import type { Connection } from 'mongoose';
import {
  agencyScope,
  auditEntry,
  DuplicateKeyError,
  type AgencyScope,
  type NewAggregate,
} from '@jenjang/persistence';
import { employeePlaced } from '../placement/placement-events';
import { PlacementRepository } from '../placement/placement.repository';
import type { PlacementDoc } from '../placement/placement.schema';
import { PositionRepository } from '../position/position.repository';
import { RankRepository } from '../rank/rank.repository';
import { SYSTEM_ACTOR } from '../shared/audit';
import { deterministicId } from '../shared/deterministic-id';
import type { Potential } from '../talent/domain/talent-profile';
import { TalentProfileRepository } from '../talent/talent-profile.repository';
import { TalentSettingsRepository } from '../talent/talent-settings.repository';
import { potentialAssessed } from '../talent/talent.service';
import { demoChart, demoId } from './demo-chart';
import { demoRanks } from './seed-rank-demo';

export const DEMO_AGENCY_ID = 'pemprov-diy-demo';
export const DEMO_SEED = 'jenjang-demo';

export interface SeedOptions {
  readonly agencyId?: string;
  readonly seed?: string;
  readonly year?: number;
  readonly now?: Date;
  /** Stage employee-placed for each seeded placement (default true). */
  readonly publishPlacements?: boolean;
}

export interface SeedSummary {
  agencyId: string;
  inserted: { positions: number; placements: number; potentialAssessments: number; ranks: number };
  planned: { positions: number; placements: number; potentialAssessments: number; ranks: number };
  eventsStaged: number;
}

/** Creates unless the id is taken: the seed inserts what is missing and touches nothing else. */
async function created(create: () => Promise<unknown>): Promise<boolean> {
  try {
    await create();
    return true;
  } catch (error) {
    if (error instanceof DuplicateKeyError) return false;
    throw error;
  }
}

// The seed's writes are independent of each other (one document each): sent together.
const countOf = async (writes: Promise<boolean>[]): Promise<number> =>
  (await Promise.all(writes)).filter(Boolean).length;

/**
 * The demo agency for career planning: the jabatan catalog of five units (heads and first
 * sections are key positions), every demo employee's placement with their superior, and a
 * potential assessment for each. The 9-box fills in once the evaluation demo's annual
 * appraisal-finalized events arrive. Ids only, no personal data; a second run inserts nothing.
 */
export async function seedCareerDemo(
  connection: Connection,
  options: SeedOptions = {},
): Promise<SeedSummary> {
  const now = options.now ?? new Date();
  const seed = options.seed ?? DEMO_SEED;
  const agencyId = options.agencyId ?? DEMO_AGENCY_ID;
  const year = options.year ?? now.getUTCFullYear();
  const publish = options.publishPlacements ?? true;
  const chart = demoChart(seed, agencyId);
  const scope = agencyScope(agencyId) as AgencyScope & { kind: 'agency' };
  const positionStore = new PositionRepository(connection);
  const placementStore = new PlacementRepository(connection);
  const profileStore = new TalentProfileRepository(connection);
  const rankStore = new RankRepository(connection);
  // The service's indexes (the unique ones above all) before the first document lands.
  await connection.model('Position').createIndexes();
  await connection.model('Placement').createIndexes();
  await connection.model('TalentProfile').createIndexes();
  const entry = auditEntry(SYSTEM_ACTOR, 'seed.demo', {}, now);
  const { cutoffs } = await new TalentSettingsRepository(connection).of(agencyId);
  const byId = new Map(chart.positions.map((p) => [p.positionId, p]));

  const positions = await countOf(
    chart.positions.map(({ positionId, ...fields }) =>
      positionStore.createIfAbsent(scope, positionId, { ...fields, active: true }, entry),
    ),
  );

  const placements = await countOf(
    chart.people.map((person) => {
      const position = byId.get(person.positionId)!;
      // Spread the start dates (TMT) over the first working days of recent years.
      const validFrom = `${year - 1 - (person.index % 5)}-0${1 + (person.index % 9)}-0${1 + (person.index % 9)}`;
      const id = deterministicId('placement', agencyId, person.employeeId, validFrom);
      const doc: NewAggregate<PlacementDoc> = {
        _id: id,
        employeeId: person.employeeId,
        unitId: person.unitId,
        position: {
          id: position.positionId,
          name: position.name,
          group: position.group,
          grade: position.grade,
        },
        superiorEmployeeId: person.superiorEmployeeId,
        validFrom,
        validTo: null,
        move: 'INITIAL',
        decreeNumber: `821.2/${String(person.index + 1).padStart(4, '0')}/${validFrom.slice(0, 4)}`,
        source: 'IMPORT',
        revision: 1,
        createdAt: now,
        updatedAt: now,
        audit: [entry],
      };
      const { _id, audit: _a, ...plain } = doc;
      const events = publish ? [employeePlaced({ ...plain, id: _id, agencyId }, now)] : [];
      return created(() => placementStore.create(scope, doc, events));
    }),
  );

  // A potential assessment per person, recorded once (as HR's would be): it re-places a person
  // whose annual predikat is already known.
  const potentialAssessments = await countOf(
    chart.people.map((person) => {
      const assessmentId = demoId(seed, agencyId, 'potential', person.employeeId);
      // A deterministic spread of scores 40–95 on a 0–100 scale, so every box is reachable.
      const score = 40 + (parseInt(assessmentId.slice(0, 4), 16) % 56);
      const potential: Potential = {
        assessmentId,
        score,
        scale: { min: 0, max: 100 },
        source: 'ASSESSMENT_CENTER',
        assessedOn: `${year - 1}-10-15`,
      };
      return profileStore.applyOnce(
        agencyId,
        person.employeeId,
        `potential:${assessmentId}`,
        potentialAssessed(potential, 'Demo: asesmen potensi', person.unitId, cutoffs, now),
      );
    }),
  );

  const ranks = demoRanks(agencyId, chart.people, byId, year, now);
  const ranksCreated = await countOf(
    ranks.map((rank) => created(() => rankStore.create(scope, rank))),
  );

  return {
    agencyId,
    inserted: { positions, placements, potentialAssessments, ranks: ranksCreated },
    planned: {
      positions: chart.positions.length,
      placements: chart.people.length,
      potentialAssessments: chart.people.length,
      ranks: ranks.length,
    },
    eventsStaged: publish ? placements : 0,
  };
}
