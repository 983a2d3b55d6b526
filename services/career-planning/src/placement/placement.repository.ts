import { Inject, Injectable } from '@nestjs/common';
import type { Connection } from 'mongoose';
import {
  agencyScope,
  AuditedAggregateRepository,
  MONGO_CONNECTION,
  type AgencyScope,
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
export class PlacementRepository extends AuditedAggregateRepository<PlacementDoc, Placement> {
  constructor(@Inject(MONGO_CONNECTION) connection: Connection) {
    super(connection.model<PlacementDoc>('Placement', PlacementSchema));
  }

  protected toPlain(doc: PlacementDoc): Placement {
    return toPlacement(doc);
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

  /** The placements of these people held on `day` (YYYY-MM-DD) in one agency: one query. */
  heldOn(agencyId: string, employeeIds: readonly string[], day: string): Promise<Placement[]> {
    return this.find(agencyScope(agencyId), {
      employeeId: { $in: [...employeeIds] },
      validFrom: { $lte: day },
      $or: [{ validTo: null }, { validTo: { $gte: day } }],
    });
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
}
