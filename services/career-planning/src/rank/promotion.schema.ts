import { Schema } from 'mongoose';
import {
  auditSchemaFields,
  outboxSchemaFields,
  revisionSchemaFields,
  tenantGuardPlugin,
  type AuditEntry,
  type OutboxFields,
} from '@jenjang/persistence';
import type { BilingualText } from '../plan/domain/readiness';
import type { EligibilityCheck } from './domain/eligibility';
import type { Golongan } from './domain/golongan';
import type { MeritCriteria } from './domain/merit';
import type { PromotionKind } from './domain/promotion-settings';

export const PROMOTION_COLLECTION = 'promotion_eligibilities';

export type PromotionDecision = 'PROPOSED' | 'NOT_PROPOSED';

/** One person's kenaikan pangkat eligibility for one period of their agency. */
export interface PromotionEligibilityDoc extends OutboxFields {
  _id: string;
  agencyId: string;
  employeeId: string;
  unitId: string | null;
  periodDate: string;
  kind: PromotionKind;
  currentRank: Golongan | null;
  nextRank: Golongan | null;
  eligible: boolean;
  checks: EligibilityCheck[];
  /** Not checks: things the agency may weigh (e.g. a national award: KP prestasi luar biasa). */
  notes: BilingualText[];
  criteria: MeritCriteria;
  /** When the person was first found eligible for this period (and kind); null until then. */
  eligibleSince: Date | null;
  /** Kinds whose promotion-eligible event was staged (once per period and kind). */
  announced: PromotionKind[];
  evaluatedAt: Date;
  decision: {
    status: PromotionDecision;
    reason: string;
    by: string;
    at: Date;
  } | null;
  revision: number;
  createdAt: Date;
  updatedAt: Date;
  audit: AuditEntry[];
}

export const PromotionEligibilitySchema = new Schema<PromotionEligibilityDoc>(
  {
    _id: { type: String, required: true },
    agencyId: { type: String, required: true },
    employeeId: { type: String, required: true },
    unitId: { type: String, default: null },
    periodDate: { type: String, required: true },
    kind: { type: String, required: true },
    currentRank: { type: String, default: null },
    nextRank: { type: String, default: null },
    eligible: { type: Boolean, required: true },
    checks: { type: Schema.Types.Mixed, default: [] },
    notes: { type: Schema.Types.Mixed, default: [] },
    criteria: { type: Schema.Types.Mixed, required: true },
    eligibleSince: { type: Date, default: null },
    announced: { type: [String], default: [] },
    evaluatedAt: { type: Date, required: true },
    decision: { type: Schema.Types.Mixed, default: null },
    ...revisionSchemaFields,
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
    ...auditSchemaFields,
    ...outboxSchemaFields,
  },
  { collection: PROMOTION_COLLECTION, versionKey: false, minimize: false },
);
PromotionEligibilitySchema.index({ agencyId: 1, periodDate: 1, employeeId: 1 }, { unique: true });
PromotionEligibilitySchema.index({ agencyId: 1, employeeId: 1 });
PromotionEligibilitySchema.plugin(tenantGuardPlugin);
