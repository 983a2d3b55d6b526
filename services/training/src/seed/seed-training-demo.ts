import type { Connection } from 'mongoose';
import { insertMissing } from '@jenjang/persistence';
import {
  PROGRAM_COLLECTION,
  ProgramSchema,
  SESSION_COLLECTION,
  SessionSchema,
} from '../catalog/catalog.schema';
import { demoCatalog, type DemoCatalogOptions } from './demo-catalog';

export const DEMO_AGENCY_ID = 'pemprov-diy-demo';
/** The province's training agency: owner of the province-wide demo programs. */
export const DEMO_PROVINCE_AGENCY_ID = 'bpsdm-diy-demo';

export interface SeedOptions {
  readonly agencyId?: string;
  readonly provinceAgencyId?: string;
  readonly now?: Date;
}

export interface SeedSummary {
  readonly agencyId: string;
  readonly provinceAgencyId: string;
  /** Documents written by this run; zero on a second run in the same week. */
  readonly inserted: { programs: number; sessions: number };
  readonly programs: number;
  readonly sessions: number;
  readonly catalog: ReturnType<typeof demoCatalog>;
}

/**
 * Loads the demo catalog into the training service's database: the demo agency's own programs
 * (coaching, counselling, mentoring, classroom) and province-wide programs, with sessions in the
 * coming weeks, so that a finalized appraisal of the demo agency gets recommendations.
 */
export async function seedTrainingDemo(
  connection: Connection,
  options: SeedOptions = {},
): Promise<SeedSummary> {
  const o: DemoCatalogOptions = {
    agencyId: options.agencyId ?? DEMO_AGENCY_ID,
    provinceAgencyId: options.provinceAgencyId ?? DEMO_PROVINCE_AGENCY_ID,
    now: options.now ?? new Date(),
  };
  const catalog = demoCatalog(o);
  await connection.model('Program', ProgramSchema).createIndexes();
  await connection.model('Session', SessionSchema).createIndexes();
  // A program changed through the API since keeps its changes, a taken seat stays taken.
  const programs = (await insertMissing(connection, PROGRAM_COLLECTION, catalog.programs)).length;
  const sessions = (await insertMissing(connection, SESSION_COLLECTION, catalog.sessions)).length;
  return {
    agencyId: o.agencyId,
    provinceAgencyId: o.provinceAgencyId,
    inserted: { programs, sessions },
    programs: catalog.programs.length,
    sessions: catalog.sessions.length,
    catalog,
  };
}
