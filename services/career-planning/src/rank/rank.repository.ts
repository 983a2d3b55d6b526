import { Inject, Injectable } from '@nestjs/common';
import type { Connection, FilterQuery } from 'mongoose';
import {
  AuditedAggregateRepository,
  MONGO_CONNECTION,
  type AgencyScope,
} from '@jenjang/persistence';
import { RankRecordSchema, type RankRecordDoc } from './rank.schema';

export type RankRecord = Omit<RankRecordDoc, '_id' | 'audit'> & { id: string };

export const rankRecordId = (agencyId: string, employeeId: string) => `${agencyId}/${employeeId}`;

@Injectable()
export class RankRepository extends AuditedAggregateRepository<RankRecordDoc, RankRecord> {
  constructor(@Inject(MONGO_CONNECTION) connection: Connection) {
    super(connection.model<RankRecordDoc>('RankRecord', RankRecordSchema));
  }

  protected toPlain(doc: RankRecordDoc): RankRecord {
    const { _id, audit: _a, ...rest } = doc;
    return { id: _id, ...rest };
  }

  // One record per employee in an agency: found by the employee's id.
  protected override keyFilter(employeeId: string): FilterQuery<RankRecordDoc> {
    return { employeeId };
  }

  ofEmployees(scope: AgencyScope, employeeIds: readonly string[]): Promise<RankRecord[]> {
    return this.find(scope, { employeeId: { $in: [...employeeIds] } }, { limit: 20_000 });
  }

  /** The agencies with a rank on record (the scheduled promotion lists run for these). */
  async agencies(scope: AgencyScope): Promise<string[]> {
    const ids = await this.model
      .distinct('agencyId', this.scoped(scope))
      .setOptions(this.options(scope))
      .exec();
    return ids.sort();
  }

  list(scope: AgencyScope): Promise<RankRecord[]> {
    return this.find(scope, {}, { sort: { employeeId: 1 }, limit: 20_000 });
  }
}
