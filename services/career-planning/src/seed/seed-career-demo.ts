import type { Connection } from 'mongoose';
import type { OutboxEntry } from '@jenjang/persistence';
import { employeePlaced } from '../placement/placement-events';
import {
  PLACEMENT_COLLECTION,
  PlacementSchema,
  type PlacementDoc,
} from '../placement/placement.schema';
import { POSITION_COLLECTION, PositionSchema, type PositionDoc } from '../position/position.schema';
import { positionDocId } from '../position/position.repository';
import { SYSTEM_ACTOR, audit } from '../shared/audit';
import { deterministicId } from '../shared/deterministic-id';
import { profileId } from '../talent/talent-profile.repository';
import {
  TALENT_PROFILE_COLLECTION,
  TalentProfileSchema,
  type TalentProfileDoc,
} from '../talent/talent-profile.schema';
import { RANK_COLLECTION } from '../rank/rank.schema';
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

type WithId = { _id: string };

// Insert what is missing, touch nothing that exists (the evaluation seed's rule).
async function insertMissing<T extends WithId>(
  connection: Connection,
  collection: string,
  docs: readonly T[],
): Promise<string[]> {
  if (docs.length === 0) return [];
  const result = await connection.collection<WithId>(collection).bulkWrite(
    docs.map(({ _id, ...rest }) => ({
      updateOne: { filter: { _id }, update: { $setOnInsert: rest }, upsert: true },
    })),
    { ordered: false },
  );
  return Object.values(result.upsertedIds).map(String);
}

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
  // The service's indexes (the unique ones above all) before the first document lands.
  await connection.model('Position', PositionSchema).createIndexes();
  await connection.model('Placement', PlacementSchema).createIndexes();
  await connection.model('TalentProfile', TalentProfileSchema).createIndexes();
  const entry = audit(SYSTEM_ACTOR, 'seed.demo', undefined, undefined);

  const positions: PositionDoc[] = chart.positions.map((p) => ({
    _id: positionDocId(agencyId, p.positionId),
    agencyId,
    ...p,
    active: true,
    revision: 1,
    createdAt: now,
    updatedAt: now,
    audit: [entry],
  }));
  const byId = new Map(chart.positions.map((p) => [p.positionId, p]));

  const placements: PlacementDoc[] = chart.people.map((person) => {
    const position = byId.get(person.positionId)!;
    // Spread the start dates (TMT) over the first working days of recent years.
    const validFrom = `${year - 1 - (person.index % 5)}-0${1 + (person.index % 9)}-0${1 + (person.index % 9)}`;
    const id = deterministicId('placement', agencyId, person.employeeId, validFrom);
    const doc: PlacementDoc = {
      _id: id,
      agencyId,
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
      outbox: [],
      outboxLease: null,
    };
    const { _id, outbox: _o, outboxLease: _l, audit: _a, ...plain } = doc;
    const events: OutboxEntry[] = publish ? [employeePlaced({ ...plain, id: _id }, now)] : [];
    return { ...doc, outbox: events };
  });

  const profiles: TalentProfileDoc[] = chart.people.map((person) => {
    const assessmentId = demoId(seed, agencyId, 'potential', person.employeeId);
    // A deterministic spread of scores 40–95 on a 0–100 scale, so every box is reachable.
    const score = 40 + (parseInt(assessmentId.slice(0, 4), 16) % 56);
    const potential = {
      assessmentId,
      score,
      scale: { min: 0, max: 100 },
      source: 'ASSESSMENT_CENTER',
      assessedOn: `${year - 1}-10-15`,
    };
    return {
      _id: profileId(agencyId, person.employeeId),
      agencyId,
      employeeId: person.employeeId,
      unitId: person.unitId,
      kinerja: null,
      predikatHistory: [],
      potential,
      potentials: [{ ...potential, recordedAt: now, note: 'Demo: asesmen potensi' }],
      placement: null,
      boxHistory: [],
      gaps: null,
      trainings: [],
      appliedEvents: [`potential:${assessmentId}`],
      revision: 1,
      createdAt: now,
      updatedAt: now,
      outbox: [],
      outboxLease: null,
    };
  });

  const ranks = demoRanks(agencyId, chart.people, byId, year, now);

  const inserted = {
    positions: (await insertMissing(connection, POSITION_COLLECTION, positions)).length,
    placements: await insertMissing(connection, PLACEMENT_COLLECTION, placements),
    potentialAssessments: (await insertMissing(connection, TALENT_PROFILE_COLLECTION, profiles))
      .length,
    ranks: (await insertMissing(connection, RANK_COLLECTION, ranks)).length,
  };
  return {
    agencyId,
    inserted: { ...inserted, placements: inserted.placements.length },
    planned: {
      positions: positions.length,
      placements: placements.length,
      potentialAssessments: profiles.length,
      ranks: ranks.length,
    },
    eventsStaged: publish ? inserted.placements.length : 0,
  };
}
