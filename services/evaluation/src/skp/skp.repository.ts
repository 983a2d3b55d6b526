import { Inject, Injectable } from '@nestjs/common';
import type { Connection } from 'mongoose';
import {
  AuditedAggregateRepository,
  MONGO_CONNECTION,
  type AgencyScope,
} from '@jenjang/persistence';
import { toSkp, type Skp } from './skp.mapper';
import { SkpSchema, type SkpDoc } from './skp.schema';

export interface SkpQuery {
  employeeId?: string;
  penilaiId?: string;
  year?: number;
  status?: string;
}

@Injectable()
export class SkpRepository extends AuditedAggregateRepository<SkpDoc, Skp> {
  constructor(@Inject(MONGO_CONNECTION) connection: Connection) {
    super(connection.model<SkpDoc>('Skp', SkpSchema));
  }

  protected toPlain(doc: SkpDoc): Skp {
    return toSkp(doc);
  }

  list(scope: AgencyScope, query: SkpQuery, limit: number): Promise<Skp[]> {
    const filter: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(query)) if (v !== undefined) filter[k] = v;
    return this.find(scope, filter, { sort: { year: -1, employeeId: 1 }, limit });
  }

  /** SKPs where the person is the pegawai, the penilai or the atasan penilai. */
  listInvolving(
    scope: AgencyScope,
    employeeId: string,
    query: SkpQuery,
    limit: number,
  ): Promise<Skp[]> {
    const filter: Record<string, unknown> = {
      $or: [{ employeeId }, { penilaiId: employeeId }, { atasanPenilaiId: employeeId }],
    };
    for (const [k, v] of Object.entries(query)) if (v !== undefined) filter[k] = v;
    return this.find(scope, filter, { sort: { year: -1, employeeId: 1 }, limit });
  }
}
