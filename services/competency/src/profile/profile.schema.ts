import { Schema } from 'mongoose';
import type {
  AppraisalPeriod,
  BerakhlakValue,
  PositionGroup,
  Predikat,
  Rating,
} from '@jenjang/contracts';
import { outboxSchemaFields, tenantGuardPlugin, type OutboxFields } from '@jenjang/persistence';
import type { CompetencyLevel } from '../dictionary/domain/competency';
import type { AssessmentSource } from '../settings/domain/assessment-policy';

export const PROFILE_COLLECTION = 'profiles';

/** One assessed level as recorded: never changed or removed, only added to. */
export interface AssessmentDoc {
  code: string;
  level: CompetencyLevel;
  source: AssessmentSource;
  /** When the person was assessed (ISO date or date-time). */
  assessedAt: string;
  recordedAt: Date;
  /** Principal subject, or `event:<ce_id>` for an assessment from an event. */
  recordedBy: string;
  note: string | null;
}

export interface HeldPositionDoc {
  id: string;
  name: string;
  group: PositionGroup;
}

/** What the latest final appraisal said: the needs are derived again with the current mapping. */
export interface AppraisalSummaryDoc {
  appraisalId: string;
  eventId: string;
  period: AppraisalPeriod;
  ratingHasilKerja: Rating;
  ratingPerilakuKerja: Rating;
  predikat: Predikat;
  perilaku: { value: BerakhlakValue; rating?: Rating }[];
  finalizedAt: string;
}

/** The latest assessment as published (reports read it). */
export interface LatestAssessmentDoc {
  assessmentId: string;
  assessedAt: Date;
  causeKind: string;
  jpmHeld: number | null;
  jpmTarget: number | null;
  formula: string;
  gaps: {
    competencyCode: string;
    required: number;
    current: number;
    gap: number;
    against: string;
  }[];
  needs: { rank: number; competencyCode: string; source: string; levelNeeded: number }[];
}

export interface ProfileDoc extends OutboxFields {
  /** `<agencyId>/<employeeId>`. */
  _id: string;
  agencyId: string;
  employeeId: string;
  unitId: string | null;
  heldPosition: HeldPositionDoc | null;
  /** The position aimed for; its group (level) is kept from the standard since it was added. */
  targetPosition: { id: string; name: string; group?: PositionGroup } | null;
  assessments: AssessmentDoc[];
  lastAppraisal: AppraisalSummaryDoc | null;
  latest: LatestAssessmentDoc | null;
  /** Ids of the causes (event ids, request keys) already applied: the idempotency guard. */
  appliedCauses: string[];
  revision: number;
  createdAt: Date;
  updatedAt: Date;
}

export const ProfileSchema = new Schema<ProfileDoc>(
  {
    _id: { type: String, required: true },
    agencyId: { type: String, required: true },
    employeeId: { type: String, required: true },
    unitId: { type: String, default: null },
    heldPosition: { type: Schema.Types.Mixed, default: null },
    targetPosition: { type: Schema.Types.Mixed, default: null },
    assessments: { type: Schema.Types.Mixed, default: [] },
    lastAppraisal: { type: Schema.Types.Mixed, default: null },
    latest: { type: Schema.Types.Mixed, default: null },
    appliedCauses: { type: [String], default: [] },
    revision: { type: Number, required: true, default: 0 },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
    ...outboxSchemaFields,
  },
  { collection: PROFILE_COLLECTION, versionKey: false, minimize: false },
);
ProfileSchema.index({ agencyId: 1, employeeId: 1 }, { unique: true });
ProfileSchema.index({ agencyId: 1, unitId: 1 });
ProfileSchema.index({ agencyId: 1, 'heldPosition.id': 1 });
ProfileSchema.plugin(tenantGuardPlugin);

export const profileId = (agencyId: string, employeeId: string) => `${agencyId}/${employeeId}`;
