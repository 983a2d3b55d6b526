import { Schema } from 'mongoose';
import { tenantGuardPlugin, type AuditActor } from '@jenjang/persistence';
import { AppraisalSchema } from '../appraisal/appraisal.schema';
import { SkpSchema } from '../skp/skp.schema';

export const IMPORT_COLLECTION = 'imports';

export const IMPORT_KINDS = ['SKP', 'FINAL_RESULT'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/**
 * RUNNING while documents are written; DONE once all are; ROLLED_BACK when a write failed (or the
 * process died mid-write) and every document of the import was deleted again.
 */
export const IMPORT_STATUSES = ['RUNNING', 'DONE', 'ROLLED_BACK'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/** One bulk import into an agency: its outcome and counts, no row content (personal data). */
export interface ImportDoc {
  _id: string;
  agencyId: string;
  kind: ImportKind;
  status: ImportStatus;
  /** Data rows in the file. */
  rows: number;
  /** SKPs or appraisals the file makes. */
  documents: number;
  /** appraisal-finalized events staged (final results only). */
  events: number;
  by: AuditActor;
  startedAt: Date;
  /** A RUNNING import past this moment is taken to have died mid-write and is rolled back. */
  staleAfter: Date;
  finishedAt: Date | null;
  /** The import's events are held back until it is DONE; true once they are let go. */
  eventsReleased: boolean;
  /** Why it was rolled back: DUPLICATE (a concurrent write), WRITE_FAILED or INTERRUPTED. */
  failure: string | null;
}

export const ImportSchema = new Schema<ImportDoc>(
  {
    _id: { type: String, required: true },
    agencyId: { type: String, required: true },
    kind: { type: String, required: true },
    status: { type: String, required: true },
    rows: { type: Number, required: true },
    documents: { type: Number, required: true },
    events: { type: Number, required: true },
    by: { type: Schema.Types.Mixed, required: true },
    startedAt: { type: Date, required: true },
    staleAfter: { type: Date, required: true },
    finishedAt: { type: Date, default: null },
    eventsReleased: { type: Boolean, required: true },
    failure: { type: String, default: null },
  },
  { collection: IMPORT_COLLECTION, versionKey: false },
);
ImportSchema.index({ agencyId: 1, startedAt: -1 });
ImportSchema.index({ status: 1, staleAfter: 1 });
ImportSchema.plugin(tenantGuardPlugin);

// The SKP and appraisal schemas plus the `importId` tag, on the same collections: every document
// an import writes carries it, so the import can be deleted as a whole. Only this module writes
// it (the SKP and appraisal APIs pass it through as provenance). No index of its own: rollbacks
// are rare and stay inside one agency (the agencyId prefix of the existing indexes).
const tagged = (schema: Schema): Schema => {
  const copy = schema.clone();
  copy.add({ importId: { type: String } });
  return copy;
};
export const ImportedSkpSchema = tagged(SkpSchema);
export const ImportedAppraisalSchema = tagged(AppraisalSchema);
