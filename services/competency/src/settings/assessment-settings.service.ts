import { Injectable } from '@nestjs/common';
import type { Principal } from '@jenjang/auth';
import { DuplicateKeyError, RevisionConflictError, type AgencyScope } from '@jenjang/persistence';
import { jpmFormulaId } from './domain/assessment-policy';
import { AssessmentSettingsRepository } from './assessment-settings.repository';
import {
  DEFAULT_ASSESSMENT_SETTINGS,
  InvalidAssessmentSettingsError,
  settingsErrors,
  type AssessmentSettings,
} from './domain/assessment-settings';

export interface AssessmentSettingsView {
  readonly settings: AssessmentSettings;
  /** The JPM formula id these settings produce (the `jpm.formula` of gaps-assessed). */
  readonly formula: string;
  readonly configured: boolean;
  readonly revision: number;
  readonly updatedAt: Date | null;
}

@Injectable()
export class AssessmentSettingsService {
  constructor(private readonly repository: AssessmentSettingsRepository) {}

  async read(scope: AgencyScope): Promise<AssessmentSettingsView> {
    const stored = await this.repository.get(scope);
    const settings = stored?.settings ?? DEFAULT_ASSESSMENT_SETTINGS;
    return {
      settings,
      formula: jpmFormulaId(settings.jpm),
      configured: stored !== null,
      revision: stored?.revision ?? 0,
      updatedAt: stored?.updatedAt ?? null,
    };
  }

  /** The settings in force: the agency's, else the defaults. */
  async inForce(scope: AgencyScope): Promise<AssessmentSettings> {
    return (await this.repository.cached(scope))?.settings ?? DEFAULT_ASSESSMENT_SETTINGS;
  }

  async change(
    scope: AgencyScope,
    principal: Principal,
    expectedRevision: number,
    settings: AssessmentSettings,
  ): Promise<AssessmentSettingsView> {
    const errors = settingsErrors(settings);
    if (errors.length > 0) throw new InvalidAssessmentSettingsError(errors);
    const stored = await this.repository.get(scope);
    const current = stored?.revision ?? 0;
    if (current !== expectedRevision) throw new RevisionConflictError(expectedRevision, current);
    const conflict = () => new RevisionConflictError(expectedRevision, expectedRevision + 1);
    if (!stored) {
      try {
        await this.repository.create(
          scope,
          settings,
          principal.subject,
          DEFAULT_ASSESSMENT_SETTINGS,
        );
      } catch (error) {
        if (error instanceof DuplicateKeyError) throw conflict();
        throw error;
      }
    } else if (!(await this.repository.replace(scope, stored, settings, principal.subject))) {
      throw conflict();
    }
    return this.read(scope);
  }
}
