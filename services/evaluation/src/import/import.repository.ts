import { Inject, Injectable } from '@nestjs/common';
import type { Connection } from 'mongoose';
import {
  MONGO_CONNECTION,
  provinceScope,
  TenantScopedRepository,
  type AgencyScope,
} from '@jenjang/persistence';
import { toImportRecord, type ImportRecord } from './import.mapper';
import { ImportSchema, type ImportDoc } from './import.schema';

@Injectable()
export class ImportRepository extends TenantScopedRepository<ImportDoc, ImportRecord> {
  constructor(@Inject(MONGO_CONNECTION) connection: Connection) {
    super(connection.model<ImportDoc>('Import', ImportSchema));
  }

  protected toPlain(doc: ImportDoc): ImportRecord {
    return toImportRecord(doc);
  }

  create(scope: AgencyScope, doc: Omit<ImportDoc, 'agencyId'>): Promise<ImportRecord> {
    return this.insert(scope, doc);
  }

  byId(scope: AgencyScope, id: string): Promise<ImportRecord | null> {
    return this.findOne(scope, { _id: id });
  }

  list(scope: AgencyScope, limit: number): Promise<ImportRecord[]> {
    return this.find(scope, {}, { sort: { startedAt: -1 }, limit });
  }

  async set(scope: AgencyScope, id: string, set: Partial<ImportDoc>): Promise<void> {
    await this.updateOne(scope, { _id: id }, { $set: set });
  }

  /** Imports left RUNNING past their deadline (the process died) or DONE with events held. */
  unfinished(now: Date): Promise<ImportRecord[]> {
    return this.find(
      provinceScope('import recovery: roll back interrupted imports, release held events'),
      {
        $or: [
          { status: 'RUNNING', staleAfter: { $lt: now } },
          { status: 'DONE', eventsReleased: false },
        ],
      },
      { limit: 100 },
    );
  }
}
