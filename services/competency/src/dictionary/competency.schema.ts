import { Schema } from 'mongoose';
import { tenantGuardPlugin } from '@jenjang/persistence';
import type { CompetencyEntry } from './domain/competency';

export const COMPETENCY_COLLECTION = 'competencies';

/** One version of an agency's technical competency; versions are only ever added. */
export interface CompetencyVersionDoc extends Omit<CompetencyEntry, 'agencyId'> {
  /** `<agencyId>/<code>/v<version>`: a second writer of the same version fails on the key. */
  _id: string;
  agencyId: string;
  recordedAt: Date;
  recordedBy: string;
}

export const CompetencyVersionSchema = new Schema<CompetencyVersionDoc>(
  {
    _id: { type: String, required: true },
    agencyId: { type: String, required: true },
    code: { type: String, required: true },
    kind: { type: String, required: true },
    name: { type: Schema.Types.Mixed, required: true },
    definition: { type: Schema.Types.Mixed, required: true },
    levels: { type: Schema.Types.Mixed, required: true },
    version: { type: Number, required: true },
    validFrom: { type: String, required: true },
    recordedAt: { type: Date, required: true },
    recordedBy: { type: String, required: true },
  },
  { collection: COMPETENCY_COLLECTION, versionKey: false, minimize: false },
);
CompetencyVersionSchema.index({ agencyId: 1, code: 1, version: 1 }, { unique: true });
CompetencyVersionSchema.plugin(tenantGuardPlugin);

export const competencyVersionId = (agencyId: string, code: string, version: number) =>
  `${agencyId}/${code}/v${version}`;
