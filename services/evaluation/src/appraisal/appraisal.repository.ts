import { Inject, Injectable } from '@nestjs/common';
import type { Connection } from 'mongoose';
import {
  AuditedAggregateRepository,
  MONGO_CONNECTION,
  provinceScope,
  type AgencyScope,
} from '@jenjang/persistence';
import type { Period } from './domain/period';
import { isNewer, type StaffEntry } from './domain/unit-staff';
import { staffEntryOf, toView, type AppraisalView } from './appraisal.mapper';
import { AppraisalSchema, type AppraisalDoc } from './appraisal.schema';

export interface AppraisalQuery {
  employeeId?: string;
  unitId?: string;
  status?: string;
  year?: number;
}

@Injectable()
export class AppraisalRepository extends AuditedAggregateRepository<AppraisalDoc, AppraisalView> {
  constructor(@Inject(MONGO_CONNECTION) connection: Connection) {
    super(connection.model<AppraisalDoc>('Appraisal', AppraisalSchema));
  }

  protected toPlain(doc: AppraisalDoc): AppraisalView {
    return toView(doc);
  }

  list(scope: AgencyScope, query: AppraisalQuery, involving?: string): Promise<AppraisalView[]> {
    const filter: Record<string, unknown> = {};
    if (query.employeeId) filter.employeeId = query.employeeId;
    if (query.unitId) filter.unitId = query.unitId;
    if (query.status) filter.status = query.status;
    if (query.year) filter['period.year'] = query.year;
    if (involving) {
      filter.$or = [
        { employeeId: involving },
        { penilaiId: involving },
        { atasanPenilaiId: involving },
      ];
    }
    return this.find(scope, filter, { sort: { 'period.year': -1, employeeId: 1 }, limit: 500 });
  }

  /**
   * The unit's staff of one period read from its appraisals (a scan: only to build the unit's
   * staff document the first time, see UnitStaffService): each person's newest correction and
   * the predikat it counts with.
   */
  async unitStaff(
    scope: AgencyScope,
    unitId: string,
    period: Pick<Period, 'kind' | 'year' | 'index'>,
  ): Promise<Record<string, StaffEntry>> {
    const docs = await this.model
      .find(
        this.scoped(scope, {
          unitId,
          'period.kind': period.kind,
          'period.year': period.year,
          'period.index': period.index,
        }),
        { employeeId: 1, version: 1, revision: 1, status: 1, predikat: 1 },
        this.options(scope),
      )
      .lean<
        Pick<AppraisalDoc, '_id' | 'employeeId' | 'version' | 'revision' | 'status' | 'predikat'>[]
      >()
      .exec();
    const staff: Record<string, StaffEntry> = {};
    for (const d of docs) {
      const entry = staffEntryOf({ ...d, id: d._id });
      if (isNewer(entry, staff[d.employeeId])) staff[d.employeeId] = entry;
    }
    return staff;
  }

  /** Appraisals whose objection window has closed without an objection (the scheduler's work). */
  async dueForFinalization(now: Date, limit: number): Promise<AppraisalView[]> {
    return this.find(
      provinceScope('scheduler: finalize appraisals whose objection window closed'),
      { status: 'PREDIKAT_DITETAPKAN', objectionDeadline: { $lte: now } },
      { sort: { objectionDeadline: 1 }, limit },
    );
  }
}
