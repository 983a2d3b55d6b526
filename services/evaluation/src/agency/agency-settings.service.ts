import { Injectable } from '@nestjs/common';
import { agencyScope, auditEntry, type AuditEntry } from '@jenjang/persistence';
import type { RequestScope } from '@jenjang/platform';
import type { StoredAgencySettings } from './agency.mapper';
import { AgencySettingsRepository } from './agency-settings.repository';
import {
  assertValidSettings,
  cleanCurve,
  DEFAULT_SETTINGS,
  settingsChange,
  withAnnual,
  type CurveInput,
  type PeriodKind,
} from './domain/agency-settings';
import type { OrganisationPredikat, PredikatCurve } from './domain/curve';
import { RevisionRequiredError } from './domain/revision-required';
import { UnitPerformanceRepository } from './unit-performance.repository';

/** The settings in force for an agency: its own, or the defaults while it has none. */
export interface EffectiveAgencySettings {
  /** The periodic kinds in use plus `TAHUNAN` (always held). */
  periodKinds: PeriodKind[];
  objectionWindowDays: number;
  curve: PredikatCurve;
  /** null while the agency runs on the defaults. */
  revision: number | null;
}

export interface AgencySettingsView extends EffectiveAgencySettings {
  agencyId: string;
  /** false while the defaults apply: the agency's HR unit should confirm or change them. */
  configured: boolean;
  updatedAt: Date | null;
}

export interface AgencySettingsInput {
  periodKinds: PeriodKind[];
  objectionWindowDays: number;
  curve: CurveInput;
  /** The revision read; absent (or 0) for the first save. */
  revision?: number;
}

function effective(stored: StoredAgencySettings | null): EffectiveAgencySettings {
  if (!stored)
    return { ...DEFAULT_SETTINGS, periodKinds: [...DEFAULT_SETTINGS.periodKinds], revision: null };
  const { periodKinds, objectionWindowDays, curve, revision } = stored;
  return { periodKinds: withAnnual(periodKinds), objectionWindowDays, curve, revision };
}

function view(agencyId: string, stored: StoredAgencySettings | null): AgencySettingsView {
  return {
    agencyId,
    ...effective(stored),
    configured: stored !== null,
    updatedAt: stored?.updatedAt ?? null,
  };
}

/**
 * An agency's evaluation configuration: the period kinds, the keberatan (objection) window and
 * the predikat distribution curve, and its units' predikat kinerja organisasi. Other modules use
 * settingsFor and organisationPredikat; the HTTP use cases take the caller.
 */
@Injectable()
export class AgencySettingsService {
  constructor(
    private readonly settings: AgencySettingsRepository,
    private readonly units: UnitPerformanceRepository,
  ) {}

  /** The settings in force; the defaults when the agency has configured nothing. */
  async settingsFor(agencyId: string): Promise<EffectiveAgencySettings> {
    return effective(await this.settings.get(agencyScope(agencyId)));
  }

  /** The unit's predikat kinerja organisasi for the year, or null while it is not set. */
  async organisationPredikat(
    agencyId: string,
    unitId: string,
    year: number,
  ): Promise<OrganisationPredikat | null> {
    const record = await this.units.get(agencyScope(agencyId), { unitId, year });
    return record?.predikat ?? null;
  }

  async read({ agency, agencyId }: RequestScope): Promise<AgencySettingsView> {
    return view(agencyId, await this.settings.get(agency));
  }

  history({ agency }: RequestScope): Promise<AuditEntry[]> {
    return this.settings.auditOf(agency);
  }

  /**
   * Replaces the agency's settings. Saving what is already stored changes nothing and answers
   * the stored settings whatever the revision, so a retried PUT gets the first answer.
   */
  async save(caller: RequestScope, input: AgencySettingsInput): Promise<AgencySettingsView> {
    const { agency: scope, agencyId } = caller;
    const values = {
      periodKinds: withAnnual(input.periodKinds),
      objectionWindowDays: input.objectionWindowDays,
      curve: cleanCurve(input.curve),
    };
    assertValidSettings(values);
    const current = await this.settings.get(scope);
    const change = settingsChange(current ?? DEFAULT_SETTINGS, values);
    if (current && !change) return view(agencyId, current);
    const audit = auditEntry(
      caller.actor,
      current ? 'agency-settings.updated' : 'agency-settings.created',
      {
        ...change,
      },
    );
    // A first save expects revision 0; a revision other than 0 was read from settings that are
    // gone or never were (a conflict), as is a first save that another one beat.
    if (current && input.revision === undefined) throw new RevisionRequiredError(current.revision);
    return view(agencyId, await this.settings.save(scope, input.revision ?? 0, values, audit));
  }
}
