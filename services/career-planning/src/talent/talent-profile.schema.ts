import { Schema } from 'mongoose';
import {
  outboxSchemaFields,
  revisionSchemaFields,
  tenantGuardPlugin,
  type OutboxFields,
} from '@jenjang/persistence';
import type { BoxPlacement, Kinerja, Potential } from './domain/talent-profile';

export const TALENT_PROFILE_COLLECTION = 'talent_profiles';

/** The latest gaps-assessed of the person, as readiness needs it. */
export interface GapsRecord {
  assessmentId: string;
  assessedAt: string;
  targetPositionId: string | null;
  jpmHeld: number | null;
  jpmTarget: number | null;
  /** Competency codes below the standard, with the size of the gap. */
  heldGaps: { code: string; gap: number }[];
  targetGaps: { code: string; gap: number }[];
}

export interface TrainingRecord {
  completionId: string;
  programId: string;
  programTitle: string;
  jp: number;
  year: number;
  completedAt: string;
  competencies: string[];
  /** The agency's yearly JP minimum when this was completed (absent on older records). */
  jpRequired?: number;
}

/**
 * One person's talent record in an agency: what the 9-box and readiness are computed from, fed
 * by appraisal-finalized, gaps-assessed, training-completed and potential assessments. Every
 * event effect is one write of this document that also records the event id (idempotent).
 */
export interface TalentProfileDoc extends OutboxFields {
  _id: string;
  agencyId: string;
  employeeId: string;
  unitId: string | null;
  kinerja: Kinerja | null;
  /** Annual predikat per year (latest version), newest first. */
  predikatHistory: { year: number; predikat: string; appraisalId: string; version: number }[];
  potential: Potential | null;
  potentials: (Potential & { recordedAt: Date; note: string | null })[];
  placement: (BoxPlacement & { assignedAt: Date }) | null;
  boxHistory: { box: number; previousBox: number | null; at: Date; cause: string }[];
  gaps: GapsRecord | null;
  trainings: TrainingRecord[];
  /** ce_ids (or API request ids) already applied; the newest few hundred are kept. */
  appliedEvents: string[];
  revision: number;
  createdAt: Date;
  updatedAt: Date;
}

export const TalentProfileSchema = new Schema<TalentProfileDoc>(
  {
    _id: { type: String, required: true },
    agencyId: { type: String, required: true },
    employeeId: { type: String, required: true },
    unitId: { type: String, default: null },
    kinerja: { type: Schema.Types.Mixed, default: null },
    predikatHistory: { type: Schema.Types.Mixed, default: [] },
    potential: { type: Schema.Types.Mixed, default: null },
    potentials: { type: Schema.Types.Mixed, default: [] },
    placement: { type: Schema.Types.Mixed, default: null },
    boxHistory: { type: Schema.Types.Mixed, default: [] },
    gaps: { type: Schema.Types.Mixed, default: null },
    trainings: { type: Schema.Types.Mixed, default: [] },
    appliedEvents: { type: [String], default: [] },
    ...revisionSchemaFields,
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
    ...outboxSchemaFields,
  },
  { collection: TALENT_PROFILE_COLLECTION, versionKey: false, minimize: false },
);
TalentProfileSchema.index({ agencyId: 1, employeeId: 1 }, { unique: true });
TalentProfileSchema.index({ agencyId: 1, 'placement.box': 1 });
TalentProfileSchema.plugin(tenantGuardPlugin);
