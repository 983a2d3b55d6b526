import { Schema } from 'mongoose';
import type { PositionGroup } from '@jenjang/contracts';
import { auditSchemaFields, tenantGuardPlugin, type AuditEntry } from '@jenjang/persistence';
import type { Requirement } from './domain/position-standard';

export const STANDARD_COLLECTION = 'position-standards';

/** One version of a standard: a change adds a version, earlier ones stay as they were. */
export interface StandardVersionDoc {
  version: number;
  positionName: string;
  positionGroup: PositionGroup;
  requirements: Requirement[];
  validFrom: Date;
  /** Principal subject of who set it. */
  setBy: string;
}

export interface PositionStandardDoc {
  /** The jabatan id: unique across the province, so a position belongs to one agency. */
  _id: string;
  agencyId: string;
  current: StandardVersionDoc;
  history: StandardVersionDoc[];
  revision: number;
  createdAt: Date;
  updatedAt: Date;
  /** Who created the standard and who added each version (with their roles). */
  audit: AuditEntry[];
}

export const PositionStandardSchema = new Schema<PositionStandardDoc>(
  {
    _id: { type: String, required: true },
    agencyId: { type: String, required: true },
    current: { type: Schema.Types.Mixed, required: true },
    history: { type: Schema.Types.Mixed, default: [] },
    revision: { type: Number, required: true },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
    ...auditSchemaFields,
  },
  { collection: STANDARD_COLLECTION, versionKey: false, minimize: false },
);
PositionStandardSchema.index({ agencyId: 1 });
PositionStandardSchema.plugin(tenantGuardPlugin);
