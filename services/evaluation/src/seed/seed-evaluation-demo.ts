import type { Connection } from 'mongoose';
import { insertMissing } from '@jenjang/persistence';
import { AGENCY_SETTINGS_COLLECTION, AgencySettingsSchema } from '../agency/agency-settings.schema';
import {
  UNIT_PERFORMANCE_COLLECTION,
  UnitPerformanceSchema,
} from '../agency/unit-performance.schema';
import { APPRAISAL_COLLECTION, AppraisalSchema } from '../appraisal/appraisal.schema';
import { UNIT_STAFF_COLLECTION, unitStaffKey } from '../appraisal/unit-staff.schema';
import { SKP_COLLECTION, SkpSchema } from '../skp/skp.schema';
import { demoDocuments, type DemoDocuments, type DemoOptions } from './demo-documents';

export const DEMO_AGENCY_ID = 'pemprov-diy-demo';
export const DEMO_SEED = 'jenjang-demo';

export interface SeedOptions {
  /** Default `pemprov-diy-demo`. */
  readonly agencyId?: string;
  /** The string every id is derived from; default `jenjang-demo`. */
  readonly seed?: string;
  /** Default: the year of `now`. */
  readonly year?: number;
  readonly now?: Date;
  /**
   * Stage appraisal-finalized for each seeded FINAL appraisal into its outbox (default true),
   * so that the relay publishes the history once the service runs and other services see it.
   */
  readonly publishFinalized?: boolean;
}

export interface SeedSummary {
  readonly agencyId: string;
  readonly year: number;
  /** Documents written by this run; all zero on a second run. */
  readonly inserted: Readonly<
    Record<'settings' | 'unitPerformance' | 'skps' | 'appraisals', number>
  >;
  /** Seeded documents per state, as planned (what the database holds unless it was changed since). */
  readonly skpsByYearAndStatus: Readonly<Record<string, Readonly<Record<string, number>>>>;
  readonly appraisalsByPeriodAndStatus: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** appraisal-finalized events staged by this run (0 on a second run). */
  readonly eventsStaged: number;
  readonly documents: DemoDocuments;
}

/**
 * Loads the demo agency into the evaluation service's database: its settings, the predikat
 * kinerja organisasi of five units for this year and last, 100 employees' SKPs for both years
 * (this year in every state), last year's annual appraisals (final, one objection upheld, one
 * corrected) and this year's running quarter in every state. Ids only, no personal data.
 */
export async function seedEvaluationDemo(
  connection: Connection,
  options: SeedOptions = {},
): Promise<SeedSummary> {
  const now = options.now ?? new Date();
  const demo: DemoOptions = {
    seed: options.seed ?? DEMO_SEED,
    agencyId: options.agencyId ?? DEMO_AGENCY_ID,
    year: options.year ?? now.getUTCFullYear(),
    now,
    publishFinalized: options.publishFinalized ?? true,
  };
  const documents = demoDocuments(demo);
  // The service's indexes (the unique ones above all) before the first document lands.
  const models: [string, Parameters<Connection['model']>[1]][] = [
    ['AgencySettings', AgencySettingsSchema],
    ['UnitPerformance', UnitPerformanceSchema],
    ['Skp', SkpSchema],
    ['Appraisal', AppraisalSchema],
  ];
  for (const [name, schema] of models) await connection.model(name, schema).createIndexes();

  const settings = await insertMissing(connection, AGENCY_SETTINGS_COLLECTION, [
    documents.settings,
  ]);
  const units = await insertMissing(
    connection,
    UNIT_PERFORMANCE_COLLECTION,
    documents.unitPerformance,
  );
  const skps = await insertMissing(connection, SKP_COLLECTION, documents.skps, { outbox: true });
  const appraisals = await insertMissing(connection, APPRAISAL_COLLECTION, documents.appraisals, {
    outbox: true,
  });
  const insertedAppraisals = new Set(appraisals);
  // Their units' staff documents are built again from the appraisals when next needed.
  const touched = documents.appraisals.filter((a) => insertedAppraisals.has(a._id));
  if (touched.length > 0) {
    await connection.collection<{ _id: string }>(UNIT_STAFF_COLLECTION).deleteMany({
      _id: { $in: [...new Set(touched.map((a) => unitStaffKey(a.agencyId, a.unitId, a.period)))] },
    });
  }
  return {
    agencyId: demo.agencyId,
    year: demo.year,
    inserted: {
      settings: settings.length,
      unitPerformance: units.length,
      skps: skps.length,
      appraisals: appraisals.length,
    },
    skpsByYearAndStatus: tally(documents.skps.map((s) => [String(s.year), s.status])),
    appraisalsByPeriodAndStatus: tally(
      documents.appraisals.map((a) => [periodLabel(a.period), a.status]),
    ),
    eventsStaged: documents.appraisals
      .filter((a) => insertedAppraisals.has(a._id))
      .reduce((n, a) => n + (a.events?.length ?? 0), 0),
    documents,
  };
}

export function periodLabel(p: { kind: string; year: number; index: number | null }): string {
  return p.index === null ? `${p.kind} ${p.year}` : `${p.kind} ${p.index}/${p.year}`;
}

function tally(pairs: [string, string][]): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const [group, status] of pairs) {
    out[group] ??= {};
    out[group][status] = (out[group][status] ?? 0) + 1;
  }
  return out;
}
