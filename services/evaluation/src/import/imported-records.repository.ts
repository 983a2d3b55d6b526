import { Inject, Injectable } from '@nestjs/common';
import type { Connection, Model } from 'mongoose';
import {
  MONGO_CONNECTION,
  toDuplicateKeyError,
  type AgencyScope,
  type NewAggregate,
  type OutboxEntry,
} from '@jenjang/persistence';
import type { AppraisalDoc } from '../appraisal/appraisal.schema';
import type { Period } from '../appraisal/domain/period';
import type { StaffAppraisal } from '../appraisal/unit-staff.service';
import { toSkp, type Skp } from '../skp/skp.mapper';
import type { SkpDoc } from '../skp/skp.schema';
import { ImportedAppraisalSchema, ImportedSkpSchema } from './import.schema';

export type Tagged<T> = T & { importId: string };

/** Who holds back the events of an import until it is DONE (an outbox lease the relay respects). */
export const importLeaseOwner = (importId: string): string => `import:${importId}`;
const HELD_UNTIL = new Date('9999-12-31T00:00:00Z');

/** An imported appraisal and its appraisal-finalized event (held until the import is DONE). */
export interface ImportedAppraisal {
  doc: NewAggregate<AppraisalDoc>;
  events: OutboxEntry[];
}

function agencyOf(scope: AgencyScope): string {
  if (scope.kind !== 'agency') throw new Error('imports write inside one agency');
  return scope.agencyId;
}

/**
 * The SKPs and appraisals an import writes, through the tagged schemas: bulk inserts, the lookups
 * the validation needs, and deleting or releasing everything of one import.
 */
@Injectable()
export class ImportedRecordsRepository {
  private readonly skps: Model<Tagged<SkpDoc>>;
  private readonly appraisals: Model<Tagged<AppraisalDoc>>;

  constructor(@Inject(MONGO_CONNECTION) connection: Connection) {
    this.skps = connection.model<Tagged<SkpDoc>>('ImportedSkp', ImportedSkpSchema);
    this.appraisals = connection.model<Tagged<AppraisalDoc>>(
      'ImportedAppraisal',
      ImportedAppraisalSchema,
    );
  }

  /** The agency's SKPs of these employees in these years (callers match the pairs). */
  async skpsOf(scope: AgencyScope, employeeIds: string[], years: number[]): Promise<Skp[]> {
    const docs = await this.skps
      .find({ agencyId: agencyOf(scope), employeeId: { $in: employeeIds }, year: { $in: years } })
      .lean<SkpDoc[]>()
      .exec();
    return docs.map(toSkp);
  }

  /**
   * The appraisals of these employees in these periods: employee, period and the status of the
   * latest version among the first three. Version 1 exists wherever an appraisal does (a
   * correction adds version n + 1 beside it), so every appraised period is found; the query names
   * every field of the appraisals' unique index, so the store answers it by lookups, not a scan.
   */
  async appraisalPeriodsOf(
    scope: AgencyScope,
    employeeIds: string[],
    periods: Pick<Period, 'kind' | 'year' | 'index'>[],
  ): Promise<{ employeeId: string; period: Period; status: string }[]> {
    const distinct = <T>(values: T[]) => [...new Set(values)];
    const docs = await this.appraisals
      .find(
        {
          agencyId: agencyOf(scope),
          employeeId: { $in: employeeIds },
          'period.kind': { $in: distinct(periods.map((p) => p.kind)) },
          'period.year': { $in: distinct(periods.map((p) => p.year)) },
          'period.index': { $in: distinct(periods.map((p) => p.index)) },
          version: { $in: [1, 2, 3] },
        },
        { employeeId: 1, period: 1, status: 1, version: 1 },
      )
      .lean<{ employeeId: string; period: Period; status: string; version: number }[]>()
      .exec();
    return docs
      .sort((a, b) => a.version - b.version)
      .map(({ employeeId, period, status }) => ({ employeeId, period, status }));
  }

  /**
   * In order; stops at the first failure (what was written before it stays: roll back). A
   * document that exists already throws DuplicateKeyError.
   */
  async insertSkps(
    scope: AgencyScope,
    importId: string,
    docs: NewAggregate<SkpDoc>[],
  ): Promise<void> {
    const agencyId = agencyOf(scope);
    const tagged = docs.map((d) => ({ ...d, agencyId, importId, outbox: [], outboxLease: null }));
    if (tagged.length > 0) await insertInOrder(this.skps, tagged);
  }

  /** The appraisals with their events staged and held by the import's lease. */
  async insertAppraisals(
    scope: AgencyScope,
    importId: string,
    items: ImportedAppraisal[],
  ): Promise<void> {
    const agencyId = agencyOf(scope);
    const held = { owner: importLeaseOwner(importId), until: HELD_UNTIL };
    const tagged = items.map(({ doc, events }) => ({
      ...doc,
      agencyId,
      importId,
      outbox: events,
      outboxLease: held,
    }));
    if (tagged.length > 0) await insertInOrder(this.appraisals, tagged);
  }

  /** The appraisals the import wrote, as their units' staff record them (before a roll-back). */
  async appraisalsOf(scope: AgencyScope, importId: string): Promise<StaffAppraisal[]> {
    const docs = await this.appraisals
      .find(
        { agencyId: agencyOf(scope), importId },
        {
          agencyId: 1,
          unitId: 1,
          period: 1,
          employeeId: 1,
          version: 1,
          revision: 1,
          status: 1,
          predikat: 1,
        },
      )
      .lean<
        Pick<
          AppraisalDoc,
          | '_id'
          | 'agencyId'
          | 'unitId'
          | 'period'
          | 'employeeId'
          | 'version'
          | 'revision'
          | 'status'
          | 'predikat'
        >[]
      >()
      .exec();
    return docs.map(({ _id, ...d }) => ({ id: _id, ...d }));
  }

  /** Deletes every SKP and appraisal of the import; returns how many there were. */
  async deleteImport(scope: AgencyScope, importId: string): Promise<number> {
    const filter = { agencyId: agencyOf(scope), importId };
    const [skps, appraisals] = await Promise.all([
      this.skps.deleteMany(filter).exec(),
      this.appraisals.deleteMany(filter).exec(),
    ]);
    return skps.deletedCount + appraisals.deletedCount;
  }

  /**
   * Lets the outbox relay publish the import's events. With the ids of its appraisals (the writer
   * knows them), by _id: the relay is told of each and claims them by _id. Without (recovery
   * after a crash), by the import's tag, and the relay sweeps the collection.
   */
  async releaseEvents(scope: AgencyScope, importId: string, ids?: string[]): Promise<void> {
    const filter = {
      agencyId: agencyOf(scope),
      importId,
      'outboxLease.owner': importLeaseOwner(importId),
    };
    await this.appraisals
      .updateMany(ids ? { _id: { $in: ids }, ...filter } : filter, { $set: { outboxLease: null } })
      .exec();
  }
}

async function insertInOrder<T>(model: Model<T>, docs: T[]): Promise<void> {
  try {
    await model.insertMany(docs, { ordered: true });
  } catch (error) {
    throw toDuplicateKeyError(error);
  }
}
