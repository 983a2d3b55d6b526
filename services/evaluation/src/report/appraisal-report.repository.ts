import { Inject, Injectable } from '@nestjs/common';
import type { Connection } from 'mongoose';
import {
  MONGO_CONNECTION,
  provinceScope,
  TenantScopedRepository,
  type AgencyScope,
} from '@jenjang/persistence';
import type { Period } from '../appraisal/domain/period';
import { AppraisalSchema, type AppraisalDoc } from '../appraisal/appraisal.schema';
import type { AppraisalCountRow } from './domain/predikat-distribution';
import type { AppraisalStateRow } from './domain/stuck';
import type { RecordOwners } from './domain/waiting';

type StateDoc = Pick<
  AppraisalDoc,
  '_id' | 'employeeId' | 'unitId' | 'period' | 'version' | 'status' | 'updatedAt' | 'keberatan'
>;

// Read-only projections of the appraisals for reports. Counting happens in memory, not in an
// aggregation pipeline: the development store's aggregation support is limited, and a unit has
// at most a few thousand appraisals a period (an agency a few tens of thousands), which lean
// projections of a handful of fields carry comfortably. Past that, move to $group.
@Injectable()
export class AppraisalReportRepository extends TenantScopedRepository<
  AppraisalDoc,
  AppraisalStateRow
> {
  constructor(@Inject(MONGO_CONNECTION) connection: Connection) {
    // The same schema object as the appraisal module's: mongoose hands back the one model.
    super(connection.model<AppraisalDoc>('Appraisal', AppraisalSchema));
  }

  protected toPlain(doc: StateDoc): AppraisalStateRow {
    return {
      id: doc._id,
      employeeId: doc.employeeId,
      unitId: doc.unitId,
      period: doc.period,
      version: doc.version,
      status: doc.status,
      updatedAt: doc.updatedAt,
      keberatanFiledAt: doc.keberatan?.filedAt ?? null,
    };
  }

  /** Every appraisal of one period in the agency, every correction version. */
  async ofPeriod(scope: AgencyScope, period: Period): Promise<AppraisalCountRow[]> {
    return this.model
      .find(
        this.scoped(scope, {
          'period.kind': period.kind,
          'period.year': period.year,
          'period.index': period.index,
        }),
        { _id: 0, unitId: 1, employeeId: 1, version: 1, status: 1, predikat: 1 },
        this.options(scope),
      )
      .lean<AppraisalCountRow[]>()
      .exec();
  }

  /** Appraisals not FINAL yet: the only ones that can be stuck. */
  async notFinal(scope: AgencyScope): Promise<AppraisalStateRow[]> {
    const docs = await this.model
      .find(
        this.scoped(scope, { status: { $ne: 'FINAL' } }),
        {
          employeeId: 1,
          unitId: 1,
          period: 1,
          version: 1,
          status: 1,
          updatedAt: 1,
          keberatan: 1,
        },
        this.options(scope),
      )
      .lean<StateDoc[]>()
      .exec();
    return docs.map((d) => this.toPlain(d));
  }

  /** Appraisals not FINAL of every agency, with who is named on them (for the daily reminders). */
  async notFinalEverywhere(): Promise<(AppraisalStateRow & RecordOwners)[]> {
    const scope = provinceScope('scheduler: remind penilai of appraisals waiting on them');
    const docs = await this.model
      .find(
        this.scoped(scope, { status: { $ne: 'FINAL' } }),
        {
          agencyId: 1,
          employeeId: 1,
          unitId: 1,
          period: 1,
          version: 1,
          status: 1,
          updatedAt: 1,
          keberatan: 1,
          penilaiId: 1,
          atasanPenilaiId: 1,
        },
        this.options(scope),
      )
      .lean<(StateDoc & Pick<AppraisalDoc, 'agencyId' | 'penilaiId' | 'atasanPenilaiId'>)[]>()
      .exec();
    return docs.map((d) => ({
      ...this.toPlain(d),
      agencyId: d.agencyId,
      penilaiId: d.penilaiId,
      atasanPenilaiId: d.atasanPenilaiId,
    }));
  }
}
