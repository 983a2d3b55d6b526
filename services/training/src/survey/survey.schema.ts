import { Schema } from 'mongoose';
import {
  auditSchemaFields,
  outboxSchemaFields,
  revisionSchemaFields,
  tenantGuardPlugin,
  type AuditEntry,
  type OutboxFields,
} from '@jenjang/persistence';
import type {
  RespondentRole,
  SurveyLevel,
  SurveyQuestion,
  SurveyResponse,
  SurveySettingsValues,
  SurveyStatus,
} from './domain/survey';

export const SURVEY_COLLECTION = 'training_surveys';
export const SURVEY_SETTINGS_COLLECTION = 'training_survey_settings';

/** One survey per enrollment, level and respondent (the id is deterministic from the three). */
export interface SurveyDoc extends OutboxFields {
  _id: string;
  agencyId: string;
  enrollmentId: string;
  programId: string;
  programTitle: string;
  unitId: string;
  /** The participant of the training. */
  employeeId: string;
  respondentId: string;
  role: RespondentRole;
  level: SurveyLevel;
  status: SurveyStatus;
  completedAt: Date;
  /** When it is (or was) put to the respondent. */
  opensAt: Date;
  /** YYYY-MM-DD (Asia/Jakarta); null until opened. */
  answerBy: string | null;
  /** Requests sent so far (1 = the first ask), reminders included. */
  requestsSent: number;
  /** When the sweep next acts (open the follow-up, remind); null when nothing more is due. */
  dueAt: Date | null;
  /** The level-3 questions as they were when the survey was opened. */
  questions: SurveyQuestion[];
  /** Every version of the answer, oldest first; never rewritten. */
  responses: SurveyResponse[];
  /** responses.length, kept for the guarded write of the next version. */
  versions: number;
  createdAt: Date;
  updatedAt: Date;
}

export const SurveySchema = new Schema<SurveyDoc>(
  {
    _id: { type: String, required: true },
    agencyId: { type: String, required: true },
    enrollmentId: { type: String, required: true },
    programId: { type: String, required: true },
    programTitle: { type: String, required: true },
    unitId: { type: String, required: true },
    employeeId: { type: String, required: true },
    respondentId: { type: String, required: true },
    role: { type: String, required: true },
    level: { type: Number, required: true },
    status: { type: String, required: true },
    completedAt: { type: Date, required: true },
    opensAt: { type: Date, required: true },
    answerBy: { type: String, default: null },
    requestsSent: { type: Number, default: 0 },
    dueAt: { type: Date, default: null },
    questions: { type: Schema.Types.Mixed, default: [] },
    responses: { type: Schema.Types.Mixed, default: [] },
    versions: { type: Number, default: 0 },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
    ...outboxSchemaFields,
  },
  { collection: SURVEY_COLLECTION, versionKey: false, minimize: false },
);
// The sweep's query: what is due by now, across agencies.
SurveySchema.index({ dueAt: 1 });
SurveySchema.index({ agencyId: 1, respondentId: 1, status: 1 });
SurveySchema.index({ agencyId: 1, programId: 1 });
SurveySchema.plugin(tenantGuardPlugin);

export interface SurveySettingsDoc extends SurveySettingsValues {
  _id: string;
  agencyId: string;
  revision: number;
  createdAt: Date;
  updatedAt: Date;
  audit: AuditEntry[];
}

export const SurveySettingsSchema = new Schema<SurveySettingsDoc>(
  {
    _id: { type: String, required: true },
    agencyId: { type: String, required: true },
    followUpWeeks: { type: Number, required: true },
    answerDays: { type: Number, required: true },
    maxReminders: { type: Number, required: true },
    level3Questions: { type: Schema.Types.Mixed, required: true },
    ...revisionSchemaFields,
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
    ...auditSchemaFields,
  },
  { collection: SURVEY_SETTINGS_COLLECTION, versionKey: false },
);
SurveySettingsSchema.plugin(tenantGuardPlugin);
