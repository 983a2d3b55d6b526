import { Inject, Injectable } from '@nestjs/common';
import type { Connection, FilterQuery } from 'mongoose';
import {
  AuditedAggregateRepository,
  MONGO_CONNECTION,
  type AgencyScope,
} from '@jenjang/persistence';
import { SuccessionPoolSchema, type SuccessionPoolDoc } from './succession.schema';

export type SuccessionPool = Omit<SuccessionPoolDoc, '_id' | 'audit'> & { id: string };

@Injectable()
export class SuccessionRepository extends AuditedAggregateRepository<
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

  // One pool per position in an agency: found by the position's id.
  protected override keyFilter(positionId: string): FilterQuery<SuccessionPoolDoc> {
    return { positionId };
  }

  list(scope: AgencyScope): Promise<SuccessionPool[]> {
    return this.find(scope, {}, { sort: { unitId: 1, positionId: 1 }, limit: 2000 });
  }
}
