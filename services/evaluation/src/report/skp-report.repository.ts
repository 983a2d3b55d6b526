import { Inject, Injectable } from '@nestjs/common';
import type { Connection } from 'mongoose';
import {
  MONGO_CONNECTION,
  provinceScope,
  TenantScopedRepository,
  type AgencyScope,
} from '@jenjang/persistence';
import { SkpSchema, type SkpDoc } from '../skp/skp.schema';
import type { SkpStateRow } from './domain/stuck';
import type { RecordOwners } from './domain/waiting';

type StateDoc = Pick<SkpDoc, '_id' | 'employeeId' | 'unitId' | 'year' | 'status' | 'updatedAt'>;

/** Read-only projections of the SKPs for reports (see AppraisalReportRepository on scale). */
@Injectable()
export class SkpReportRepository extends TenantScopedRepository<SkpDoc, SkpStateRow> {
  constructor(@Inject(MONGO_CONNECTION) connection: Connection) {
    super(connection.model<SkpDoc>('Skp', SkpSchema));
  }

  protected toPlain(doc: StateDoc): SkpStateRow {
    return {
      id: doc._id,
      employeeId: doc.employeeId,
      unitId: doc.unitId,
      year: doc.year,
      status: doc.status,
      updatedAt: doc.updatedAt,
    };
  }

  /** SKPs not approved, of years up to `year` (a later year's deadline cannot have passed). */
  async notApproved(scope: AgencyScope, year: number): Promise<SkpStateRow[]> {
    const docs = await this.model
      .find(
        this.scoped(scope, { status: { $ne: 'DISETUJUI' }, year: { $lte: year } }),
        { employeeId: 1, unitId: 1, year: 1, status: 1, updatedAt: 1 },
        this.options(scope),
      )
      .lean<StateDoc[]>()
      .exec();
    return docs.map((d) => this.toPlain(d));
  }

  /** Submitted SKPs (waiting on their penilai) of every agency, with who is named on them. */
  async submittedEverywhere(year: number): Promise<(SkpStateRow & RecordOwners)[]> {
    const scope = provinceScope('scheduler: remind penilai of SKPs waiting on them');
    const docs = await this.model
      .find(
        this.scoped(scope, { status: 'DIAJUKAN', year: { $lte: year } }),
        {
          agencyId: 1,
          employeeId: 1,
          unitId: 1,
          year: 1,
          status: 1,
          updatedAt: 1,
          penilaiId: 1,
          atasanPenilaiId: 1,
        },
        this.options(scope),
      )
      .lean<(StateDoc & Pick<SkpDoc, 'agencyId' | 'penilaiId' | 'atasanPenilaiId'>)[]>()
      .exec();
    return docs.map((d) => ({
      ...this.toPlain(d),
      agencyId: d.agencyId,
      penilaiId: d.penilaiId,
      atasanPenilaiId: d.atasanPenilaiId,
    }));
  }
}
