import { Inject, Injectable } from '@nestjs/common';
import { auditEntry, type AuditEntry } from '@jenjang/persistence';
import type { RequestScope } from '@jenjang/platform';
import { TRAINING_CONFIG, type TrainingConfig } from '../config/training.config';
import { TrainingSettingsRepository, type StoredTrainingSettings } from './agency-settings';
import {
  checkSettings,
  PPPK_JP_DEFAULT,
  RevisionRequiredError,
  settingsChange,
  type SettingsValues,
} from './domain/settings';

export interface TrainingSettingsView {
  agencyId: string;
  /** The yearly JP minimum in force for PNS (the configured default while not configured). */
  jpRequired: number;
  /** The yearly JP figure for PPPK (0: no yearly target). */
  jpRequiredPppk: number;
  approvalRequired: boolean;
  /** Send it back with the next change; null while the defaults apply. */
  revision: number | null;
  configured: boolean;
  updatedAt: Date | null;
}

export interface TrainingSettingsInput extends Omit<SettingsValues, 'jpRequiredPppk'> {
  /** Absent: keep the figure in force. */
  jpRequiredPppk?: number;
  revision?: number;
}

/** The agency's training settings over HTTP, revision-guarded and audited. */
@Injectable()
export class TrainingSettingsService {
  constructor(
    @Inject(TRAINING_CONFIG) private readonly config: TrainingConfig,
    private readonly settings: TrainingSettingsRepository,
  ) {}

  private view(agencyId: string, s: StoredTrainingSettings | null): TrainingSettingsView {
    return {
      agencyId,
      jpRequired: s?.jpRequired ?? this.config.JP_MIN_PER_YEAR,
      jpRequiredPppk: s?.jpRequiredPppk ?? PPPK_JP_DEFAULT,
      approvalRequired: s?.approvalRequired ?? false,
      revision: s ? s.revision : null,
      configured: s !== null,
      updatedAt: s?.updatedAt ?? null,
    };
  }

  async read({ agency, agencyId }: RequestScope): Promise<TrainingSettingsView> {
    return this.view(agencyId, await this.settings.get(agency));
  }

  history({ agency }: RequestScope): Promise<AuditEntry[]> {
    return this.settings.auditOf(agency);
  }

  /** Saving what is stored changes nothing and answers the stored settings (a retried PUT). */
  async save(caller: RequestScope, input: TrainingSettingsInput): Promise<TrainingSettingsView> {
    const { agency: scope, agencyId } = caller;
    const current = await this.settings.get(scope);
    const before: SettingsValues = {
      jpRequired: current?.jpRequired ?? this.config.JP_MIN_PER_YEAR,
      jpRequiredPppk: current?.jpRequiredPppk ?? PPPK_JP_DEFAULT,
      approvalRequired: current?.approvalRequired ?? false,
    };
    const values: SettingsValues = {
      jpRequired: input.jpRequired,
      jpRequiredPppk: input.jpRequiredPppk ?? before.jpRequiredPppk,
      approvalRequired: input.approvalRequired,
    };
    checkSettings(values);
    const change = settingsChange(before, values);
    if (current && !change) return this.view(agencyId, current);
    const audit = auditEntry(
      caller.actor,
      current ? 'training-settings.updated' : 'training-settings.created',
      change ?? { after: values },
    );
    // A first save expects revision 0; another revision, or a first save that another one
    // beat, is a conflict.
    if (current && input.revision === undefined) throw new RevisionRequiredError(current.revision);
    return this.view(agencyId, await this.settings.save(scope, input.revision ?? 0, values, audit));
  }
}
