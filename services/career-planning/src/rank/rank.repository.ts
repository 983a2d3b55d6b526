import { Inject, Injectable } from '@nestjs/common';
import type { Connection } from 'mongoose';
import {
  MONGO_CONNECTION,
  TenantScopedRepository,
  type AgencyScope,
  type AuditEntry,
} from '@jenjang/persistence';
import { RankRecordSchema, type RankRecordDoc } from './rank.schema';

export type RankRecord = Omit<RankRecordDoc, '_id' | 'audit'> & { id: string };

export const rankRecordId = (agencyId: string, employeeId: string) => `${agencyId}/${employeeId}`;

@Injectable()
export class RankRepository extends TenantScopedRepository<RankRecordDoc, RankRecord> {
  constructor(@Inject(MONGO_CONNECTION) connection: Connection) {
    super(connection.model<RankRecordDoc>('RankRecord', RankRecordSchema));
  }

  protected toPlain(doc: RankRecordDoc): RankRecord {
    const { _id, audit: _a, ...rest } = doc;
    return { id: _id, ...rest };
  }

  of(scope: AgencyScope, employeeId: string): Promise<RankRecord | null> {
    return this.findOne(scope, { employeeId });
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

  create(scope: AgencyScope, doc: Omit<RankRecordDoc, 'agencyId'>): Promise<RankRecord> {
    return this.insert(scope, doc);
  }

  change(
    scope: AgencyScope,
    employeeId: string,
    expectedRevision: number,
    set: Partial<RankRecordDoc>,
    entry: AuditEntry,
  ): Promise<RankRecord> {
    return this.changeAudited(scope, { employeeId }, expectedRevision, { $set: set }, entry);
  }
}
