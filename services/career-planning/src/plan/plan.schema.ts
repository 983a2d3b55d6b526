import { Schema } from 'mongoose';
import {
  auditSchemaFields,
  revisionSchemaFields,
  tenantGuardPlugin,
  type AuditEntry,
} from '@jenjang/persistence';
import type { CareerMove } from '../shared/domain/career-move';
import type { PositionGroup } from '../shared/domain/position-ref';

export const PLAN_COLLECTION = 'career_plans';

export const STEP_KINDS = ['EDUCATION', 'TRAINING', 'ROTATION', 'ASSIGNMENT'] as const;
export type StepKind = (typeof STEP_KINDS)[number];
export const STEP_STATUSES = ['PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED'] as const;
export type StepStatus = (typeof STEP_STATUSES)[number];

export interface GoalDoc {
  id: string;
  text: string;
  /** SHORT (1–2 years) or LONG (5 years and more). */
  horizon: 'SHORT' | 'LONG';
  targetYear: number | null;
}

export interface TargetDoc {
  id: string;
  positionId: string;
  agencyId: string;
  unitId: string;
  name: string;
  group: PositionGroup;
  grade: number;
  /** The move from the post held when the target was set. */
  move: CareerMove;
  addedAt: Date;
}

export interface StepDoc {
  id: string;
  kind: StepKind;
  title: string;
  targetId: string | null;
  startDate: string;
  endDate: string;
  status: StepStatus;
  /** The training program that completes it (training-completed ticks it). */
  programId: string | null;
  competencyCode: string | null;
  /** PEGAWAI (planned by the person), ROTATION (an approved rotation), ADMIN. */
  origin: 'PEGAWAI' | 'ROTATION' | 'ADMIN';
  completedAt: Date | null;
  updatedAt: Date;
}

export interface CommentDoc {
  id: string;
  byEmployeeId: string | null;
  bySubject: string;
  text: string;
  at: Date;
}

export interface PlanDoc {
  _id: string;
  agencyId: string;
  employeeId: string;
  goals: GoalDoc[];
  targets: TargetDoc[];
  steps: StepDoc[];
  comments: CommentDoc[];
  /** The superior's agreement with the plan as it was at `planRevision`. */
  agreement: { byEmployeeId: string; at: Date; planRevision: number } | null;
  /** Last time a step started or finished (reports: plans with no progress). */
  lastProgressAt: Date | null;
  revision: number;
  createdAt: Date;
  updatedAt: Date;
  audit: AuditEntry[];
}

export const PlanSchema = new Schema<PlanDoc>(
  {
    _id: { type: String, required: true },
    agencyId: { type: String, required: true },
    employeeId: { type: String, required: true },
    goals: { type: Schema.Types.Mixed, default: [] },
    targets: { type: Schema.Types.Mixed, default: [] },
    steps: { type: Schema.Types.Mixed, default: [] },
    comments: { type: Schema.Types.Mixed, default: [] },
    agreement: { type: Schema.Types.Mixed, default: null },
    lastProgressAt: { type: Date, default: null },
    ...revisionSchemaFields,
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
    ...auditSchemaFields,
  },
  { collection: PLAN_COLLECTION, versionKey: false, minimize: false },
);
PlanSchema.index({ agencyId: 1, employeeId: 1 }, { unique: true });
PlanSchema.index({ agencyId: 1, lastProgressAt: 1 });
PlanSchema.plugin(tenantGuardPlugin);
