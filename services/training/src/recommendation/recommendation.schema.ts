import { Schema } from 'mongoose';
import type {
  BerakhlakValue,
  BilingualText,
  PositionGroup,
  Predikat,
  TrainingForm,
} from '@jenjang/contracts';
import { outboxSchemaFields, tenantGuardPlugin, type OutboxFields } from '@jenjang/persistence';
import type { Focus, Need } from './domain/ranking';

export const RECOMMENDATION_SET_COLLECTION = 'recommendation_sets';

export type ItemStatus = 'OPEN' | 'ACCEPTED' | 'DECLINED' | 'EXPIRED';

export interface RecommendationItem {
  recommendationId: string;
  rank: number;
  programId: string;
  programTitle: string;
  form: TrainingForm;
  jp: number;
  nextSession: { sessionId: string; startsAt: Date; endsAt: Date } | null;
  reasons: BilingualText[];
  competencyCode?: string;
  berakhlakValue?: BerakhlakValue;
  expiresAt: Date;
  status: ItemStatus;
  decidedAt: Date | null;
  declineReason: string | null;
  /** Why an item expired before its time: the appraisal it came from was corrected. */
  expiredReason?: 'APPRAISAL_CORRECTED';
}

export interface SetAppraisal {
  appraisalId: string;
  predikat: Predikat;
  weakValues: BerakhlakValue[];
  weakHasilKerja: boolean;
  positionName: string;
  /** Level of the position held (absent on sets stored before it was kept). */
  positionGroup?: PositionGroup;
}

export interface SetAssessment {
  assessmentId: string;
  needs: Need[];
  targetPositionName: string | null;
  /** Level of the target position (absent on sets stored before it was kept). */
  targetPositionGroup?: PositionGroup | null;
}

export interface RecommendationSetDoc extends OutboxFields {
  _id: string;
  agencyId: string;
  employeeId: string;
  unitId: string;
  /**
   * PENDING: waiting for the gaps assessed from the appraisal (until dueAt); then PUBLISHED.
   * SUPERSEDED: the appraisal was corrected before the set was published (never published).
   */
  status: 'PENDING' | 'PUBLISHED' | 'SUPERSEDED';
  cause: {
    eventId: string;
    eventType: string;
    kind: 'APPRAISAL_FINALIZED' | 'GAPS_ASSESSED';
    appraisalId?: string;
  };
  appraisal: SetAppraisal | null;
  assessment: SetAssessment | null;
  dueAt: Date | null;
  focus: Focus | null;
  year: number | null;
  jpEarned: number | null;
  jpRequired: number | null;
  items: RecommendationItem[];
  recommendedAt: Date | null;
  createdAt: Date;
}

export const RecommendationSetSchema = new Schema<RecommendationSetDoc>(
  {
    _id: { type: String, required: true },
    agencyId: { type: String, required: true },
    employeeId: { type: String, required: true },
    unitId: { type: String, required: true },
    status: { type: String, required: true },
    cause: { type: Schema.Types.Mixed, required: true },
    appraisal: { type: Schema.Types.Mixed, default: null },
    assessment: { type: Schema.Types.Mixed, default: null },
    dueAt: { type: Date, default: null },
    focus: { type: String, default: null },
    year: { type: Number, default: null },
    jpEarned: { type: Number, default: null },
    jpRequired: { type: Number, default: null },
    items: { type: Schema.Types.Mixed, default: [] },
    recommendedAt: { type: Date, default: null },
    createdAt: { type: Date, required: true },
    ...outboxSchemaFields,
  },
  { collection: RECOMMENDATION_SET_COLLECTION, versionKey: false, minimize: false },
);
RecommendationSetSchema.index({ status: 1, dueAt: 1 });
RecommendationSetSchema.index({ agencyId: 1, employeeId: 1, recommendedAt: -1 });
RecommendationSetSchema.index({ 'items.recommendationId': 1 });
RecommendationSetSchema.plugin(tenantGuardPlugin);
