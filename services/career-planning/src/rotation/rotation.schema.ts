import { Schema } from 'mongoose';
import {
  agencySettingsSchemaFields,
  auditSchemaFields,
  outboxSchemaFields,
  revisionSchemaFields,
  tenantGuardPlugin,
  type AgencySettingsFields,
  type AuditEntry,
  type OutboxFields,
} from '@jenjang/persistence';
import type { PositionRef } from '../shared/domain/position-ref';
import type { AnswerRecord, RotationTrigger } from './domain/rotation';

export const ROTATION_COLLECTION = 'rotation_proposals';
export const ROTATION_SETTINGS_COLLECTION = 'rotation_settings';

export type RotationStatus = 'PROPOSED' | 'APPROVED' | 'REJECTED';

/** The objective criteria shown with a proposal (merit: DOMAIN §6). */
export interface RotationCriteria {
  predikatHistory: { year: number; predikat: string }[];
  jpmHeld: number | null;
  box: number | null;
  /** JP of the trainings completed this year, as career planning knows them. */
  jpThisYear: number;
  /** Pangkat/golongan ruang (e.g. III/b) where the agency has recorded it. */
  rank: string | null;
  tenureYears: number;
}

export interface RotationDoc extends OutboxFields {
  _id: string;
  agencyId: string;
  employeeId: string;
  /** The held placement the proposal moves the person from. */
  fromPlacementId: string | null;
  box: number | null;
  triggers: RotationTrigger[];
  from: PositionRef & { unitId: string };
  to: PositionRef & { unitId: string };
  /** Competency gaps of the person the new post works on. */
  closes: string[];
  /** Key competencies of the new post. */
  develops: string[];
  criteria: RotationCriteria | null;
  /** The direct superior consulted, per the placement held when proposed. */
  superiorEmployeeId: string | null;
  status: RotationStatus;
  proposedAt: Date;
  /** The employee's view: their answer, coded objection and reason, and preferences. */
  employeeAnswer:
    (AnswerRecord & { preferredUnitIds: string[]; note: string | null; at: Date }) | null;
  superiorOpinion: { supports: boolean; reason: string | null; by: string; at: Date } | null;
  hrReview: { supports: boolean; reason: string | null; by: string; at: Date } | null;
  /** Every decision keeps its reason. */
  decisionReason: string | null;
  effectiveDate: string | null;
  placementId: string | null;
  decidedBy: string | null;
  decidedAt: Date | null;
  revision: number;
  updatedAt: Date;
  audit: AuditEntry[];
}

export const RotationSchema = new Schema<RotationDoc>(
  {
    _id: { type: String, required: true },
    agencyId: { type: String, required: true },
    employeeId: { type: String, required: true },
    fromPlacementId: { type: String, default: null },
    box: { type: Number, default: null },
    triggers: { type: [String], default: ['NINE_BOX'] },
    from: { type: Schema.Types.Mixed, required: true },
    to: { type: Schema.Types.Mixed, required: true },
    closes: { type: [String], default: [] },
    develops: { type: [String], default: [] },
    criteria: { type: Schema.Types.Mixed, default: null },
    superiorEmployeeId: { type: String, default: null },
    status: { type: String, required: true },
    proposedAt: { type: Date, required: true },
    employeeAnswer: { type: Schema.Types.Mixed, default: null },
    superiorOpinion: { type: Schema.Types.Mixed, default: null },
    hrReview: { type: Schema.Types.Mixed, default: null },
    decisionReason: { type: String, default: null },
    effectiveDate: { type: String, default: null },
    placementId: { type: String, default: null },
    decidedBy: { type: String, default: null },
    decidedAt: { type: Date, default: null },
    ...revisionSchemaFields,
    updatedAt: { type: Date, required: true },
    ...auditSchemaFields,
    ...outboxSchemaFields,
  },
  { collection: ROTATION_COLLECTION, versionKey: false, minimize: false },
);
RotationSchema.index({ agencyId: 1, status: 1, employeeId: 1 });
RotationSchema.index({ agencyId: 1, superiorEmployeeId: 1 });
RotationSchema.plugin(tenantGuardPlugin);

/** Per agency: years in one post that open a rotation review (DOMAIN §7, default 5). */
export interface RotationSettingsDoc extends AgencySettingsFields {
  tenureYears: number;
}

export const RotationSettingsSchema = new Schema<RotationSettingsDoc>(
  {
    tenureYears: { type: Number, required: true },
    ...agencySettingsSchemaFields,
  },
  { collection: ROTATION_SETTINGS_COLLECTION, versionKey: false },
);
RotationSettingsSchema.plugin(tenantGuardPlugin);
