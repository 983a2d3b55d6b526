import { Schema } from 'mongoose';
import { tenantGuardPlugin } from '@jenjang/persistence';
import type { AppraisalCompetencyMapping } from './domain/appraisal-mapping';

export const MAPPING_COLLECTION = 'appraisal-mappings';

export interface AppraisalMappingDoc {
  /** The agency id: one mapping per agency. */
  _id: string;
  agencyId: string;
  mapping: AppraisalCompetencyMapping;
  revision: number;
  /** Earlier mappings, newest last: what was in force when an old assessment was made. */
  history: { mapping: AppraisalCompetencyMapping; until: Date; by: string }[];
  updatedAt: Date;
  updatedBy: string;
}

export const AppraisalMappingSchema = new Schema<AppraisalMappingDoc>(
  {
    _id: { type: String, required: true },
    agencyId: { type: String, required: true },
    mapping: { type: Schema.Types.Mixed, required: true },
    revision: { type: Number, required: true },
    history: { type: Schema.Types.Mixed, default: [] },
    updatedAt: { type: Date, required: true },
    updatedBy: { type: String, required: true },
  },
  { collection: MAPPING_COLLECTION, versionKey: false, minimize: false },
);
AppraisalMappingSchema.plugin(tenantGuardPlugin);
