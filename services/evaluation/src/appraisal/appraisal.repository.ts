import { Inject, Injectable } from '@nestjs/common';
import type { Connection } from 'mongoose';
import {
  AuditedAggregateRepository,
  MONGO_CONNECTION,
  provinceScope,
  type AgencyScope,
} from '@jenjang/persistence';
import { emptyCounts, type PredikatCounts } from '../agency/domain/curve';
import type { Period } from './domain/period';
import { toView, type AppraisalView } from './appraisal.mapper';
import { AppraisalSchema, type AppraisalDoc } from './appraisal.schema';

export interface AppraisalQuery {
  employeeId?: string;
  unitId?: string;
  status?: string;
  year?: number;
}

const WITH_PREDIKAT = new Set(['PREDIKAT_DITETAPKAN', 'KEBERATAN', 'FINAL']);

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
   * The unit's appraisals of one period, newest correction per employee: how many there are
   * (the unit size the curve is judged against) and how many hold each predikat, leaving one
   * appraisal out (the one about to change).
   */
  async unitPeriod(
    scope: AgencyScope,
    unitId: string,
    period: Period,
    except: string,
  ): Promise<{ unitSize: number; counts: PredikatCounts }> {
    const docs = await this.model
      .find(
        this.scoped(scope, {
          unitId,
          'period.kind': period.kind,
          'period.year': period.year,
          'period.index': period.index,
        }),
        { employeeId: 1, version: 1, status: 1, predikat: 1 },
        this.options(scope),
      )
      .lean<Pick<AppraisalDoc, '_id' | 'employeeId' | 'version' | 'status' | 'predikat'>[]>()
      .exec();
    const latest = new Map<string, (typeof docs)[number]>();
    for (const d of docs) {
      const seen = latest.get(d.employeeId);
      if (!seen || seen.version < d.version) latest.set(d.employeeId, d);
    }
    const counts = emptyCounts();
    for (const d of latest.values()) {
      if (d._id !== except && d.predikat && WITH_PREDIKAT.has(d.status)) counts[d.predikat] += 1;
    }
    return { unitSize: latest.size, counts };
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
