import { Schema } from 'mongoose';
import {
  auditSchemaFields,
  outboxSchemaFields,
  revisionSchemaFields,
  tenantGuardPlugin,
  type AuditEntry,
  type OutboxFields,
} from '@jenjang/persistence';
import type { BerakhlakValue } from '../shared/domain/rating';
import type { SkpStatus } from './domain/skp-status';

export const SKP_COLLECTION = 'skps';

export interface IndicatorDoc {
  id: string;
  description: string;
  target: string;
}

export interface HasilKerjaDoc {
  id: string;
  /** UTAMA (main) or TAMBAHAN (additional) work result. */
  kind: 'UTAMA' | 'TAMBAHAN';
  description: string;
  indicators: IndicatorDoc[];
}

export interface PerilakuDoc {
  value: BerakhlakValue;
  /** Ekspektasi khusus pimpinan: the leader's specific expectation for this value. */
  ekspektasiKhusus?: string;
}

export interface PositionDoc {
  id: string;
  name: string;
  group: 'JPT' | 'ADMINISTRATOR' | 'PENGAWAS' | 'PELAKSANA' | 'FUNGSIONAL';
}

export interface SkpDoc extends OutboxFields {
  _id: string;
  agencyId: string;
  unitId: string;
  employeeId: string;
  year: number;
  position: PositionDoc;
  penilaiId: string;
  atasanPenilaiId: string | null;
  hasilKerja: HasilKerjaDoc[];
  perilaku: PerilakuDoc[];
  status: SkpStatus;
  returnReason: string | null;
  approvedAt: Date | null;
  revision: number;
  createdAt: Date;
  updatedAt: Date;
  audit: AuditEntry[];
}

export const SkpSchema = new Schema<SkpDoc>(
  {
    _id: { type: String, required: true },
    agencyId: { type: String, required: true },
    unitId: { type: String, required: true },
    employeeId: { type: String, required: true },
    year: { type: Number, required: true },
    position: { type: Schema.Types.Mixed, required: true },
    penilaiId: { type: String, required: true },
    atasanPenilaiId: { type: String, default: null },
    hasilKerja: { type: Schema.Types.Mixed, required: true },
    perilaku: { type: Schema.Types.Mixed, required: true },
    status: { type: String, required: true },
    returnReason: { type: String, default: null },
    approvedAt: { type: Date, default: null },
    ...revisionSchemaFields,
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
    ...auditSchemaFields,
    ...outboxSchemaFields,
  },
  { collection: SKP_COLLECTION, versionKey: false },
);
// One SKP per employee and year in an agency; a revision after a transfer edits it.
SkpSchema.index({ agencyId: 1, employeeId: 1, year: 1 }, { unique: true });
SkpSchema.index({ agencyId: 1, penilaiId: 1, year: 1 });
SkpSchema.plugin(tenantGuardPlugin);
