import { Injectable } from '@nestjs/common';
import { auditEntry, type AgencyScope } from '@jenjang/persistence';
import type { RequestScope } from '@jenjang/platform';
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
    caller: RequestScope,
    expectedRevision: number,
    settings: AssessmentSettings,
  ): Promise<AssessmentSettingsView> {
    const scope = caller.agency;
    const errors = settingsErrors(settings);
    if (errors.length > 0) throw new InvalidAssessmentSettingsError(errors);
    const stored = await this.repository.get(scope);
    const audit = auditEntry(caller.actor, 'assessment-settings.saved', {
      before: stored?.settings ?? DEFAULT_ASSESSMENT_SETTINGS,
      after: settings,
    });
    await this.repository.save(scope, expectedRevision, { settings }, audit);
    return this.read(scope);
  }
}
