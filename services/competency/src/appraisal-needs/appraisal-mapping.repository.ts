import { Inject, Injectable } from '@nestjs/common';
import type { Connection } from 'mongoose';
import { AgencySettingsStore, MONGO_CONNECTION } from '@jenjang/persistence';
import type { AppraisalCompetencyMapping } from './domain/appraisal-mapping';
import { AppraisalMappingSchema, type AppraisalMappingDoc } from './appraisal-mapping.schema';

export interface StoredAppraisalMapping {
  mapping: AppraisalCompetencyMapping;
  revision: number;
  updatedAt: Date;
}

/** The agency's appraisal-to-competency mapping (one document per agency, guarded, audited). */
@Injectable()
export class AppraisalMappingRepository extends AgencySettingsStore<
  AppraisalMappingDoc,
  StoredAppraisalMapping
> {
  constructor(@Inject(MONGO_CONNECTION) connection: Connection) {
    super(connection.model<AppraisalMappingDoc>('AppraisalMapping', AppraisalMappingSchema));
  }

  protected toPlain({ mapping, revision, updatedAt }: AppraisalMappingDoc) {
    return { mapping, revision, updatedAt };
  }
}
