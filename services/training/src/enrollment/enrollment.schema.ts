import { Schema } from 'mongoose';
import type { BerakhlakValue, DevelopedCompetency, TrainingForm } from '@jenjang/contracts';
import { outboxSchemaFields, tenantGuardPlugin, type OutboxFields } from '@jenjang/persistence';
import type { EnrollmentStatus } from './domain/enrollment';

export const ENROLLMENT_COLLECTION = 'enrollments';

export interface Completion {
  completionId: string;
  completedAt: Date;
  year: number;
  score: number | null;
  certificateNumber: string | null;
}

/** Kirkpatrick level 1 (reaction), given by the participant after completion. */
export interface Survey {
  /** 1–5 each. */
  relevance: number;
  satisfaction: number;
  wouldRecommend: boolean;
  comment: string | null;
  at: Date;
}

export interface EnrollmentDoc extends OutboxFields {
  _id: string;
  agencyId: string;
  employeeId: string;
  unitId: string;
  programId: string;
  programTitle: string;
  form: TrainingForm;
  jp: number;
  competencies: DevelopedCompetency[];
  berakhlakValues: BerakhlakValue[];
  sessionId: string;
  startsAt: Date;
  endsAt: Date;
  status: EnrollmentStatus;
  recommendationId: string | null;
  approverEmployeeId: string | null;
  completion: Completion | null;
  survey: Survey | null;
  createdAt: Date;
  updatedAt: Date;
}

export const EnrollmentSchema = new Schema<EnrollmentDoc>(
  {
    _id: { type: String, required: true },
    agencyId: { type: String, required: true },
    employeeId: { type: String, required: true },
    unitId: { type: String, required: true },
    programId: { type: String, required: true },
    programTitle: { type: String, required: true },
    form: { type: String, required: true },
    jp: { type: Number, required: true },
    competencies: { type: Schema.Types.Mixed, default: [] },
    berakhlakValues: { type: [String], default: [] },
    sessionId: { type: String, required: true },
    startsAt: { type: Date, required: true },
    endsAt: { type: Date, required: true },
    status: { type: String, required: true },
    recommendationId: { type: String, default: null },
    approverEmployeeId: { type: String, default: null },
    completion: { type: Schema.Types.Mixed, default: null },
    survey: { type: Schema.Types.Mixed, default: null },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
    ...outboxSchemaFields,
  },
  { collection: ENROLLMENT_COLLECTION, versionKey: false, minimize: false },
);
EnrollmentSchema.index({ agencyId: 1, employeeId: 1, status: 1 });
EnrollmentSchema.index({ agencyId: 1, 'completion.year': 1 });
EnrollmentSchema.plugin(tenantGuardPlugin);
