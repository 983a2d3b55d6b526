import { Inject, Injectable } from '@nestjs/common';
import type { Connection, UpdateQuery } from 'mongoose';
import {
  agencyScope,
  MONGO_CONNECTION,
  TenantScopedRepository,
  type AgencyScope,
  type AuditEntry,
  type OutboxEntry,
} from '@jenjang/persistence';
import { PlacementSchema, type PlacementDoc } from './placement.schema';

export type Placement = Omit<PlacementDoc, '_id' | 'outbox' | 'outboxLease' | 'audit'> & {
  id: string;
};

export function toPlacement(doc: PlacementDoc): Placement {
  const { _id, outbox: _o, outboxLease: _l, audit: _a, ...rest } = doc;
  return { id: _id, ...rest };
}

export interface PlacementQuery {
  employeeId?: string;
  unitId?: string;
  positionId?: string;
  superiorEmployeeId?: string;
  /** Held on this day (YYYY-MM-DD). */
  on?: string;
}

@Injectable()
export class PlacementRepository extends TenantScopedRepository<PlacementDoc, Placement> {
  constructor(@Inject(MONGO_CONNECTION) connection: Connection) {
    super(connection.model<PlacementDoc>('Placement', PlacementSchema));
  }

  protected toPlain(doc: PlacementDoc): Placement {
    return toPlacement(doc);
  }

  create(scope: AgencyScope, doc: Omit<PlacementDoc, 'agencyId'>): Promise<Placement> {
    return this.insert(scope, doc);
  }

  byId(scope: AgencyScope, id: string): Promise<Placement | null> {
    return this.findOne(scope, { _id: id });
  }

  /**
   * The person's history inside one agency. Never province-wide: another agency's placements are
   * neither shown to nor changed by this agency (an overlap check across agencies would reveal
   * them, and closing one would be a write into another tenant).
   */
  historyOf(agencyId: string, employeeId: string): Promise<Placement[]> {
    return this.find(agencyScope(agencyId), { employeeId }, { sort: { validFrom: 1 } });
  }

  historiesOf(scope: AgencyScope, employeeIds: string[]): Promise<Placement[]> {
    return this.find(scope, { employeeId: { $in: employeeIds } }, { sort: { validFrom: 1 } });
  }

  list(scope: AgencyScope, query: PlacementQuery, limit = 2000): Promise<Placement[]> {
    const filter: Record<string, unknown> = {};
    if (query.employeeId) filter.employeeId = query.employeeId;
    if (query.unitId) filter.unitId = query.unitId;
    if (query.positionId) filter['position.id'] = query.positionId;
    if (query.superiorEmployeeId) filter.superiorEmployeeId = query.superiorEmployeeId;
    if (query.on) {
      filter.validFrom = { $lte: query.on };
      filter.$or = [{ validTo: null }, { validTo: { $gte: query.on } }];
    }
    return this.find(scope, filter, { sort: { employeeId: 1, validFrom: -1 }, limit });
  }

  change(
    scope: AgencyScope,
    id: string,
    expectedRevision: number,
    set: Partial<PlacementDoc>,
    entry: AuditEntry,
    events: OutboxEntry[],
  ): Promise<Placement> {
    const update: UpdateQuery<PlacementDoc> = { $set: set };
    if (events.length > 0) update.$push = { outbox: { $each: events } };
    return this.changeAudited(scope, { _id: id }, expectedRevision, update, entry);
  }
}
