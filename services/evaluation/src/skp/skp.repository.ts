import { Inject, Injectable } from '@nestjs/common';
import type { Connection, UpdateQuery } from 'mongoose';
import {
  MONGO_CONNECTION,
  TenantScopedRepository,
  type AgencyScope,
  type AuditEntry,
  type OutboxEntry,
} from '@jenjang/persistence';
import { toSkp, type Skp } from './skp.mapper';
import { SkpSchema, type SkpDoc } from './skp.schema';

export interface SkpQuery {
  employeeId?: string;
  penilaiId?: string;
  year?: number;
  status?: string;
}

@Injectable()
export class SkpRepository extends TenantScopedRepository<SkpDoc, Skp> {
  constructor(@Inject(MONGO_CONNECTION) connection: Connection) {
    super(connection.model<SkpDoc>('Skp', SkpSchema));
  }

  protected toPlain(doc: SkpDoc): Skp {
    return toSkp(doc);
  }

  create(scope: AgencyScope, doc: Omit<SkpDoc, 'agencyId'>): Promise<Skp> {
    return this.insert(scope, doc);
  }

  byId(scope: AgencyScope, id: string): Promise<Skp | null> {
    return this.findOne(scope, { _id: id });
  }

  auditOf(scope: AgencyScope, id: string): Promise<AuditEntry[] | null> {
    return this.auditTrail(scope, { _id: id });
  }

  list(scope: AgencyScope, query: SkpQuery, limit: number): Promise<Skp[]> {
    const filter: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(query)) if (v !== undefined) filter[k] = v;
    return this.find(scope, filter, { sort: { year: -1, employeeId: 1 }, limit });
  }

  /** SKPs where the person is the pegawai, the penilai or the atasan penilai. */
  listInvolving(
    scope: AgencyScope,
    employeeId: string,
    query: SkpQuery,
    limit: number,
  ): Promise<Skp[]> {
    const filter: Record<string, unknown> = {
      $or: [{ employeeId }, { penilaiId: employeeId }, { atasanPenilaiId: employeeId }],
    };
    for (const [k, v] of Object.entries(query)) if (v !== undefined) filter[k] = v;
    return this.find(scope, filter, { sort: { year: -1, employeeId: 1 }, limit });
  }

  /**
   * One guarded single-document write: the change, its audit entry and its events together.
   * Fails with RevisionConflictError if someone changed the SKP since `expectedRevision`.
   */
  change(
    scope: AgencyScope,
    id: string,
    expectedRevision: number,
    set: Partial<SkpDoc>,
    audit: AuditEntry,
    events: OutboxEntry[] = [],
  ): Promise<Skp> {
    const update: UpdateQuery<SkpDoc> = { $set: set };
    if (events.length > 0) update.$push = { outbox: { $each: events } };
    return this.changeAudited(scope, { _id: id }, expectedRevision, update, audit);
  }
}
