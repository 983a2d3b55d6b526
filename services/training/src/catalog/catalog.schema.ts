import { Schema } from 'mongoose';
import { tenantGuardPlugin } from '@jenjang/persistence';
import type { Program, Session } from './domain/program';

export const PROGRAM_COLLECTION = 'programs';
export const SESSION_COLLECTION = 'sessions';

export interface ProgramDoc extends Omit<Program, 'id'> {
  _id: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface SessionDoc extends Omit<Session, 'id'> {
  _id: string;
  /** Enrollments holding a seat: makes taking a seat idempotent per enrollment. */
  seats: string[];
  createdAt: Date;
}

export const ProgramSchema = new Schema<ProgramDoc>(
  {
    _id: { type: String, required: true },
    agencyId: { type: String, required: true },
    title: { type: String, required: true },
    description: { type: String, default: '' },
    form: { type: String, required: true },
    provider: { type: Schema.Types.Mixed, required: true },
    jp: { type: Number, required: true },
    competencies: { type: Schema.Types.Mixed, default: [] },
    competencyNames: { type: Schema.Types.Mixed, default: {} },
    berakhlakValues: { type: [String], default: [] },
    prerequisites: { type: [String], default: [] },
    availability: { type: String, required: true },
    selfPaced: { type: Boolean, default: false },
    leadershipLevel: { type: String, default: null },
    active: { type: Boolean, default: true },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
  },
  { collection: PROGRAM_COLLECTION, versionKey: false, minimize: false },
);
ProgramSchema.index({ availability: 1, active: 1 });
ProgramSchema.plugin(tenantGuardPlugin);

export const SessionSchema = new Schema<SessionDoc>(
  {
    _id: { type: String, required: true },
    programId: { type: String, required: true },
    agencyId: { type: String, required: true },
    startsAt: { type: Date, required: true },
    endsAt: { type: Date, required: true },
    capacity: { type: Number, required: true },
    seatsTaken: { type: Number, default: 0 },
    seats: { type: [String], default: [] },
    location: { type: String, default: null },
    link: { type: String, default: null },
    createdAt: { type: Date, required: true },
  },
  { collection: SESSION_COLLECTION, versionKey: false, minimize: false },
);
SessionSchema.index({ programId: 1, startsAt: 1 });
SessionSchema.plugin(tenantGuardPlugin);
