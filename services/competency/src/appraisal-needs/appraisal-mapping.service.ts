import { Injectable } from '@nestjs/common';
import { auditEntry, type AgencyScope } from '@jenjang/persistence';
import type { RequestScope } from '@jenjang/platform';
import { DictionaryService } from '../dictionary/dictionary.service';
import { AppraisalMappingRepository } from './appraisal-mapping.repository';
import {
  DEFAULT_APPRAISAL_MAPPING,
  InvalidAppraisalMappingError,
  mappingErrors,
  type AppraisalCompetencyMapping,
} from './domain/appraisal-mapping';

export interface MappingView {
  readonly mapping: AppraisalCompetencyMapping;
  /** False while the agency uses the default. */
  readonly configured: boolean;
  /** 0 for the default; send it back when changing (409 when stale). */
  readonly revision: number;
  readonly updatedAt: Date | null;
}

@Injectable()
export class AppraisalMappingService {
  constructor(
    private readonly mappings: AppraisalMappingRepository,
    private readonly dictionary: DictionaryService,
  ) {}

  async read(scope: AgencyScope): Promise<MappingView> {
    const stored = await this.mappings.get(scope);
    return stored
      ? {
          mapping: stored.mapping,
          configured: true,
          revision: stored.revision,
          updatedAt: stored.updatedAt,
        }
      : { mapping: DEFAULT_APPRAISAL_MAPPING, configured: false, revision: 0, updatedAt: null };
  }

  /** The mapping in force: the agency's, else the default. */
  async inForce(scope: AgencyScope): Promise<AppraisalCompetencyMapping> {
    return (await this.mappings.cached(scope))?.mapping ?? DEFAULT_APPRAISAL_MAPPING;
  }

  async change(
    caller: RequestScope,
    expectedRevision: number,
    mapping: AppraisalCompetencyMapping,
  ): Promise<MappingView> {
    const scope = caller.agency;
    const errors = mappingErrors(mapping, await this.dictionary.knownCodes(scope));
    if (errors.length > 0) throw new InvalidAppraisalMappingError(errors);
    const stored = await this.mappings.get(scope);
    const audit = auditEntry(caller.actor, 'appraisal-mapping.saved', {
      before: stored?.mapping ?? DEFAULT_APPRAISAL_MAPPING,
      after: mapping,
    });
    await this.mappings.save(scope, expectedRevision, { mapping }, audit);
    return this.read(scope);
  }
}
