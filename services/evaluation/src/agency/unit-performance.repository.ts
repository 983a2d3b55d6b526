import { Inject, Injectable } from '@nestjs/common';
import type { Connection } from 'mongoose';
import {
  MONGO_CONNECTION,
  TenantScopedRepository,
  type AgencyScope,
  type AuditEntry,
} from '@jenjang/persistence';
import { toUnitPerformance, type UnitPerformance } from './agency.mapper';
import {
  UnitPerformanceSchema,
  unitPerformanceId,
  type UnitPerformanceDoc,
} from './unit-performance.schema';

export interface UnitPerformanceKey {
  readonly unitId: string;
  readonly year: number;
}
export type UnitPerformanceChange = Pick<UnitPerformanceDoc, 'predikat' | 'unitName' | 'basis'>;

function idOf(scope: AgencyScope, key: UnitPerformanceKey): string {
  if (scope.kind !== 'agency') throw new Error('unit performance needs an agency scope');
  return unitPerformanceId(scope.agencyId, key.unitId, key.year);
}

@Injectable()
export class UnitPerformanceRepository extends TenantScopedRepository<
  UnitPerformanceDoc,
  UnitPerformance
> {
  constructor(@Inject(MONGO_CONNECTION) connection: Connection) {
    super(connection.model<UnitPerformanceDoc>('UnitPerformance', UnitPerformanceSchema));
  }

  protected toPlain(doc: UnitPerformanceDoc): UnitPerformance {
    return toUnitPerformance(doc);
  }

  get(scope: AgencyScope, key: UnitPerformanceKey): Promise<UnitPerformance | null> {
    return this.findOne(scope, { _id: idOf(scope, key) });
  }

  list(scope: AgencyScope, year?: number): Promise<UnitPerformance[]> {
    return this.find(scope, year === undefined ? {} : { year }, {
      sort: { year: -1, unitId: 1 },
      limit: 2000,
    });
  }

  /** The first predikat of the unit and year; DuplicateKeyError if another one won. */
  create(
    scope: AgencyScope,
    key: UnitPerformanceKey,
    values: UnitPerformanceChange,
    audit: AuditEntry,
  ): Promise<UnitPerformance> {
    return this.insert(scope, {
      _id: idOf(scope, key),
      unitId: key.unitId,
      year: key.year,
      ...values,
      revision: 1,
      createdAt: audit.at,
      updatedAt: audit.at,
      audit: [audit],
    });
  }

  /** Throws RevisionConflictError when the record moved on since `expectedRevision`. */
  change(
    scope: AgencyScope,
    key: UnitPerformanceKey,
    expectedRevision: number,
    values: UnitPerformanceChange,
    audit: AuditEntry,
  ): Promise<UnitPerformance> {
    return this.changeAudited(
      scope,
      { _id: idOf(scope, key) },
      expectedRevision,
      { $set: values },
      audit,
    );
  }

  async auditOf(scope: AgencyScope, key: UnitPerformanceKey): Promise<AuditEntry[]> {
    return (await this.auditTrail(scope, { _id: idOf(scope, key) })) ?? [];
  }
}
