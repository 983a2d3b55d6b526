import { Injectable } from '@nestjs/common';
import {
  auditEntry,
  NotFoundError,
  RevisionConflictError,
  type AuditEntry,
  DuplicateKeyError,
} from '@jenjang/persistence';
import type { RequestScope } from '@jenjang/platform';
import type { UnitPerformance } from './agency.mapper';
import type { OrganisationPredikat } from './domain/curve';
import { RevisionRequiredError } from './domain/revision-required';
import {
  UnitPerformanceRepository,
  type UnitPerformanceChange,
  type UnitPerformanceKey,
} from './unit-performance.repository';

export interface OrganisationPredikatInput {
  predikat: OrganisationPredikat;
  unitName?: string;
  basis?: string;
  /** The revision read; absent (or 0) for the first predikat of the unit and year. */
  revision?: number;
}

const PREDIKAT = { en: 'organisation predikat', id: 'predikat kinerja organisasi' };

const keyText = (key: UnitPerformanceKey) => `${key.unitId}/${key.year}`;

/** Predikat kinerja organisasi per unit and year, set by the agency's HR unit or the BKD. */
@Injectable()
export class OrganisationPredikatService {
  constructor(private readonly units: UnitPerformanceRepository) {}

  async get({ agency }: RequestScope, key: UnitPerformanceKey): Promise<UnitPerformance> {
    const record = await this.units.get(agency, key);
    if (!record) throw new NotFoundError(PREDIKAT, keyText(key));
    return record;
  }

  list({ agency }: RequestScope, year?: number): Promise<UnitPerformance[]> {
    return this.units.list(agency, year);
  }

  async history({ agency: scope }: RequestScope, key: UnitPerformanceKey): Promise<AuditEntry[]> {
    if (!(await this.units.get(scope, key))) throw new NotFoundError(PREDIKAT, keyText(key));
    return this.units.auditOf(scope, key);
  }

  /**
   * Sets the unit's predikat for the year, which fixes the bounds of its staff predikat. Setting
   * what is already stored changes nothing and answers the stored record whatever the revision.
   */
  async set(
    caller: RequestScope,
    key: UnitPerformanceKey,
    input: OrganisationPredikatInput,
  ): Promise<UnitPerformance> {
    const scope = caller.agency;
    const current = await this.units.get(scope, key);
    const values: UnitPerformanceChange = {
      predikat: input.predikat,
      // Optional fields not sent keep what is stored.
      unitName: input.unitName ?? current?.unitName ?? null,
      basis: input.basis ?? current?.basis ?? null,
    };
    const changed = (['predikat', 'unitName', 'basis'] as const).filter(
      (field) => current?.[field] !== values[field],
    );
    if (current && changed.length === 0) return current;
    const audit = auditEntry(
      caller.actor,
      current ? 'organisation-predikat.changed' : 'organisation-predikat.set',
      {
        ...(current ? { before: pick(current, changed) } : {}),
        after: pick(values, changed),
      },
    );
    if (current) {
      if (input.revision === undefined) throw new RevisionRequiredError(current.revision);
      return this.units.change(scope, key, input.revision, values, audit);
    }
    if (input.revision !== undefined && input.revision !== 0) {
      throw new RevisionConflictError(input.revision, 0);
    }
    try {
      return await this.units.create(scope, key, values, audit);
    } catch (error) {
      if (!(error instanceof DuplicateKeyError)) throw error;
      const winner = await this.units.get(scope, key);
      throw new RevisionConflictError(0, winner?.revision ?? 1);
    }
  }
}

function pick(values: UnitPerformanceChange, fields: readonly (keyof UnitPerformanceChange)[]) {
  return Object.fromEntries(fields.map((field) => [field, values[field]]));
}
