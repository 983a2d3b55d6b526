import { Schema } from 'mongoose';
import {
  auditSchemaFields,
  revisionSchemaFields,
  tenantGuardPlugin,
  type AuditEntry,
} from '@jenjang/persistence';
import type { OrganisationPredikat } from './domain/curve';

export const UNIT_PERFORMANCE_COLLECTION = 'unit_performance';

/** Predikat kinerja organisasi of one unit (OPD / unit kerja) for one year. */
export interface UnitPerformanceDoc {
  /** `${agencyId}:${unitId}:${year}` */
  _id: string;
  agencyId: string;
  unitId: string;
  year: number;
  predikat: OrganisationPredikat;
  unitName: string | null;
  /** Dasar penetapan: the evaluation the predikat rests on, e.g. the SAKIP evaluation report. */
  basis: string | null;
  revision: number;
  createdAt: Date;
  updatedAt: Date;
  audit: AuditEntry[];
}

export function unitPerformanceId(agencyId: string, unitId: string, year: number): string {
  return `${agencyId}:${unitId}:${year}`;
}

export const UnitPerformanceSchema = new Schema<UnitPerformanceDoc>(
  {
    _id: { type: String, required: true },
    agencyId: { type: String, required: true },
    unitId: { type: String, required: true },
    year: { type: Number, required: true },
    predikat: { type: String, required: true },
    unitName: { type: String, default: null },
    basis: { type: String, default: null },
    ...revisionSchemaFields,
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
    ...auditSchemaFields,
  },
  { collection: UNIT_PERFORMANCE_COLLECTION, versionKey: false },
);
UnitPerformanceSchema.index({ agencyId: 1, year: 1, unitId: 1 });
UnitPerformanceSchema.plugin(tenantGuardPlugin);
