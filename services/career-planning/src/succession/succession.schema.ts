import { Schema } from 'mongoose';
import {
  auditSchemaFields,
  revisionSchemaFields,
  tenantGuardPlugin,
  type AuditEntry,
} from '@jenjang/persistence';
import type { BilingualText, ReadinessLevel } from '../plan/domain/readiness';
import type { MeritCriteria } from '../rank/domain/merit';
import type { CareerMove } from '../shared/domain/career-move';

export const SUCCESSION_COLLECTION = 'succession_pools';

export type CandidateStatus = 'PROPOSED' | 'CONFIRMED' | 'REMOVED';

export interface CandidateDoc {
  employeeId: string;
  box: number;
  rank: number;
  level: ReadinessLevel;
  score: number | null;
  move: CareerMove;
  reasons: BilingualText[];
  status: CandidateStatus;
  /** False when a later refresh no longer finds the person eligible (kept for confirmed ones). */
  eligible: boolean;
  decidedBy: string | null;
  decidedAt: Date | null;
  removalReason: string | null;
  /** The reason recorded with the latest decision (confirm or remove); merit system. */
  decisionReason?: string | null;
  /** The objective criteria behind the ranking (absent on pools refreshed before they existed). */
  criteria?: MeritCriteria | null;
}

/** The Kelompok Rencana Suksesi (KRS) of one key position. */
export interface SuccessionPoolDoc {
  _id: string;
  agencyId: string;
  positionId: string;
  positionName: string;
  unitId: string;
  grade: number;
  /** Who holds the position now, if anyone. */
  holderEmployeeId: string | null;
  candidates: CandidateDoc[];
  refreshedAt: Date;
  revision: number;
  updatedAt: Date;
  audit: AuditEntry[];
}

export const SuccessionPoolSchema = new Schema<SuccessionPoolDoc>(
  {
    _id: { type: String, required: true },
    agencyId: { type: String, required: true },
    positionId: { type: String, required: true },
    positionName: { type: String, required: true },
    unitId: { type: String, required: true },
    grade: { type: Number, required: true },
    holderEmployeeId: { type: String, default: null },
    candidates: { type: Schema.Types.Mixed, default: [] },
    refreshedAt: { type: Date, required: true },
    ...revisionSchemaFields,
    updatedAt: { type: Date, required: true },
    ...auditSchemaFields,
  },
  { collection: SUCCESSION_COLLECTION, versionKey: false, minimize: false },
);
SuccessionPoolSchema.index({ agencyId: 1, positionId: 1 }, { unique: true });
SuccessionPoolSchema.plugin(tenantGuardPlugin);
