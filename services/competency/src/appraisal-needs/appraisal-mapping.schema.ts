import { Schema } from 'mongoose';
import {
  agencySettingsSchemaFields,
  tenantGuardPlugin,
  type AgencySettingsFields,
} from '@jenjang/persistence';
import type { AppraisalCompetencyMapping } from './domain/appraisal-mapping';

export const MAPPING_COLLECTION = 'appraisal-mappings';

/**
 * One mapping per agency (`_id` = agency id). Earlier mappings (what was in force when an old
 * assessment was made) are in the audit trail, each entry with the mapping before and after.
 */
export interface AppraisalMappingDoc extends AgencySettingsFields {
  mapping: AppraisalCompetencyMapping;
}

export const AppraisalMappingSchema = new Schema<AppraisalMappingDoc>(
  {
    mapping: { type: Schema.Types.Mixed, required: true },
    ...agencySettingsSchemaFields,
  },
  { collection: MAPPING_COLLECTION, versionKey: false, minimize: false },
);
AppraisalMappingSchema.plugin(tenantGuardPlugin);
