import { Inject, Injectable } from '@nestjs/common';
import type { Connection } from 'mongoose';
import {
  MONGO_CONNECTION,
  TenantScopedRepository,
  type AgencyScope,
  type AuditEntry,
} from '@jenjang/persistence';
import { SuccessionPoolSchema, type SuccessionPoolDoc } from './succession.schema';

export type SuccessionPool = Omit<SuccessionPoolDoc, '_id' | 'audit'> & { id: string };

@Injectable()
export class SuccessionRepository extends TenantScopedRepository<
  SuccessionPoolDoc,
  SuccessionPool
> {
  constructor(@Inject(MONGO_CONNECTION) connection: Connection) {
    super(connection.model<SuccessionPoolDoc>('SuccessionPool', SuccessionPoolSchema));
  }

  protected toPlain(doc: SuccessionPoolDoc): SuccessionPool {
    const { _id, audit: _a, ...rest } = doc;
    return { id: _id, ...rest };
  }

  of(scope: AgencyScope, positionId: string): Promise<SuccessionPool | null> {
    return this.findOne(scope, { positionId });
  }

  list(scope: AgencyScope): Promise<SuccessionPool[]> {
    return this.find(scope, {}, { sort: { unitId: 1, positionId: 1 }, limit: 2000 });
  }

  async create(
    scope: AgencyScope,
    doc: Omit<SuccessionPoolDoc, 'agencyId'>,
  ): Promise<SuccessionPool> {
    return this.insert(scope, doc);
  }

  change(
    scope: AgencyScope,
    positionId: string,
    expectedRevision: number,
    set: Partial<SuccessionPoolDoc>,
    entry: AuditEntry,
  ): Promise<SuccessionPool> {
    return this.changeAudited(scope, { positionId }, expectedRevision, { $set: set }, entry);
  }
}
