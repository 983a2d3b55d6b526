import { Inject, Injectable } from '@nestjs/common';
import type { Connection } from 'mongoose';
import {
  MONGO_CONNECTION,
  TenantScopedRepository,
  type AgencyScope,
  type AuditEntry,
} from '@jenjang/persistence';
import { isDuplicateKey } from '../shared/audit';
import { RotationSchema, type RotationDoc } from './rotation.schema';

export type Rotation = Omit<RotationDoc, '_id' | 'audit'> & { id: string };

@Injectable()
export class RotationRepository extends TenantScopedRepository<RotationDoc, Rotation> {
  constructor(@Inject(MONGO_CONNECTION) connection: Connection) {
    super(connection.model<RotationDoc>('RotationProposal', RotationSchema));
  }

  protected toPlain(doc: RotationDoc): Rotation {
    const { _id, audit: _a, ...rest } = doc;
    return { id: _id, ...rest };
  }

  byId(scope: AgencyScope, id: string): Promise<Rotation | null> {
    return this.findOne(scope, { _id: id });
  }

  list(scope: AgencyScope, filter: { status?: string; employeeId?: string }): Promise<Rotation[]> {
    const f: Record<string, unknown> = {};
    if (filter.status) f.status = filter.status;
    if (filter.employeeId) f.employeeId = filter.employeeId;
    return this.find(scope, f, { sort: { proposedAt: -1 }, limit: 2000 });
  }

  /** Inserts unless the same proposal (same id) exists; returns whether it was new. */
  async proposeOnce(scope: AgencyScope, doc: Omit<RotationDoc, 'agencyId'>): Promise<boolean> {
    try {
      await this.insert(scope, doc);
      return true;
    } catch (error) {
      if (isDuplicateKey(error)) return false;
      throw error;
    }
  }

  change(
    scope: AgencyScope,
    id: string,
    expectedRevision: number,
    set: Partial<RotationDoc>,
    entry: AuditEntry,
  ): Promise<Rotation> {
    return this.changeAudited(scope, { _id: id }, expectedRevision, { $set: set }, entry);
  }
}
