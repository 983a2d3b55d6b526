import { Schema } from 'mongoose';
import {
  auditSchemaFields,
  outboxSchemaFields,
  revisionSchemaFields,
  tenantGuardPlugin,
  type AuditEntry,
  type OutboxFields,
} from '@jenjang/persistence';
import type { PositionDoc } from '../skp/skp.schema';
import type { AppraisalStatus, Keberatan } from './domain/appraisal';
import type { Period } from './domain/period';
import type { BerakhlakValue, Predikat, Rating } from '../shared/domain/rating';

export const APPRAISAL_COLLECTION = 'appraisals';

export interface RealisasiDoc {
  indicatorId: string;
  hasilKerjaId: string;
  /** What was achieved against the indicator's target. */
  value: string;
  /** Links to the bukti dukung (supporting evidence). */
  evidenceLinks: string[];
  recordedAt: Date;
}

export type FeedbackAbout =
  { kind: 'HASIL_KERJA'; hasilKerjaId: string } | { kind: 'PERILAKU'; value: BerakhlakValue };

export interface FeedbackDoc {
  id: string;
  about: FeedbackAbout;
  text: string;
  penilaiId: string;
  givenAt: Date;
}

export interface PerilakuRatingDoc {
  value: BerakhlakValue;
  rating?: Rating;
  note?: string;
}

export interface AppraisalDoc extends OutboxFields {
  _id: string;
  agencyId: string;
  unitId: string;
  employeeId: string;
  skpId: string;
  position: PositionDoc;
  period: Period;
  penilaiId: string;
  atasanPenilaiId: string;
  status: AppraisalStatus;
  /** Correction version: 1, then n + 1 for a correction of version n. */
  version: number;
  correctionOf: string | null;
  correctionReason: string | null;
  realisasi: RealisasiDoc[];
  feedback: FeedbackDoc[];
  ratingHasilKerja: Rating | null;
  ratingPerilakuKerja: Rating | null;
  perilaku: PerilakuRatingDoc[];
  ratedAt: Date | null;
  predikat: Predikat | null;
  predikatSetAt: Date | null;
  objectionDeadline: Date | null;
  keberatan: Keberatan | null;
  finalizedAt: Date | null;
  revision: number;
  createdAt: Date;
  updatedAt: Date;
  audit: AuditEntry[];
}

export const AppraisalSchema = new Schema<AppraisalDoc>(
  {
    _id: { type: String, required: true },
    agencyId: { type: String, required: true },
    unitId: { type: String, required: true },
    employeeId: { type: String, required: true },
    skpId: { type: String, required: true },
    position: { type: Schema.Types.Mixed, required: true },
    period: { type: Schema.Types.Mixed, required: true },
    penilaiId: { type: String, required: true },
    atasanPenilaiId: { type: String, required: true },
    status: { type: String, required: true },
    version: { type: Number, required: true },
    correctionOf: { type: String, default: null },
    correctionReason: { type: String, default: null },
    realisasi: { type: Schema.Types.Mixed, default: [] },
    feedback: { type: Schema.Types.Mixed, default: [] },
    ratingHasilKerja: { type: String, default: null },
    ratingPerilakuKerja: { type: String, default: null },
    perilaku: { type: Schema.Types.Mixed, default: [] },
    ratedAt: { type: Date, default: null },
    predikat: { type: String, default: null },
    predikatSetAt: { type: Date, default: null },
    objectionDeadline: { type: Date, default: null },
    keberatan: { type: Schema.Types.Mixed, default: null },
    finalizedAt: { type: Date, default: null },
    ...revisionSchemaFields,
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
    ...auditSchemaFields,
    ...outboxSchemaFields,
  },
  { collection: APPRAISAL_COLLECTION, versionKey: false, minimize: false },
);
// One appraisal per employee, period and correction version.
AppraisalSchema.index(
  { agencyId: 1, employeeId: 1, 'period.kind': 1, 'period.year': 1, 'period.index': 1, version: 1 },
  { unique: true },
);
AppraisalSchema.index({ agencyId: 1, unitId: 1, 'period.year': 1 });
AppraisalSchema.index({ status: 1, objectionDeadline: 1 });
AppraisalSchema.plugin(tenantGuardPlugin);
