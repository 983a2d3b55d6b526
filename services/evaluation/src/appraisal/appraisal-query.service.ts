import { Injectable } from '@nestjs/common';
import {
  agencyScope,
  NotFoundError,
  type AgencyScope,
  type AuditEntry,
} from '@jenjang/persistence';
import type { RequestScope } from '@jenjang/platform';
import type { Actor } from '../shared/domain/actor';
import { readsAll } from '../shared/reads-all';
import { SkpRepository } from '../skp/skp.repository';
import type { Skp } from '../skp/skp.mapper';
import { toDomain, type AppraisalView } from './appraisal.mapper';
import { AppraisalRepository, type AppraisalQuery } from './appraisal.repository';
import type { AppraisalAction } from './domain/appraisal';
import { applyAppraisalAction } from './domain/appraisal-status';

/** Reading appraisals: who may see one, its trail, lists; and loading one with its SKP to change. */
@Injectable()
export class AppraisalQueryService {
  constructor(
    private readonly appraisals: AppraisalRepository,
    private readonly skps: SkpRepository,
  ) {}

  async get(caller: RequestScope, id: string): Promise<AppraisalView> {
    const a = await this.appraisals.byId(caller.reach, id);
    if (!a || !canRead(caller, a))
      throw new NotFoundError({ en: 'appraisal', id: 'penilaian' }, id);
    return a;
  }

  async history(caller: RequestScope, id: string): Promise<AuditEntry[]> {
    await this.get(caller, id);
    return this.appraisals.auditOf(caller.reach, id);
  }

  list(caller: RequestScope, query: AppraisalQuery): Promise<AppraisalView[]> {
    if (readsAll(caller)) return this.appraisals.list(caller.reach, query);
    return this.appraisals.list(caller.agency, query, caller.self());
  }

  /** The appraisal the caller may see, with the SKP it follows. */
  async load(caller: RequestScope, id: string): Promise<{ a: AppraisalView; skp: Skp }> {
    const a = await this.get(caller, id);
    return { a, skp: await this.skpOf(a) };
  }

  async skpOf(a: AppraisalView): Promise<Skp> {
    const skp = await this.skps.byId(scopeOf(a), a.skpId);
    if (!skp) throw new NotFoundError('SKP', a.skpId);
    return skp;
  }
}

/**
 * One step of the appraisal's life, checked by the domain rules (against its SKP for the actions
 * that need it, RECORD_REALISASI and RATE; the others pass null and save reading it).
 */
export function step(
  a: AppraisalView,
  skp: Skp | null,
  action: AppraisalAction,
  actor: Actor,
  objectionWindowDays: number,
  now = new Date(),
) {
  return applyAppraisalAction(toDomain(a), action, actor, {
    now,
    objectionWindowDays,
    ...(skp ? { skpStatus: skp.status } : {}),
  });
}

/** The agency an appraisal is written in. */
export function scopeOf(a: AppraisalView): AgencyScope {
  return agencyScope(a.agencyId);
}

function canRead(caller: RequestScope, a: AppraisalView): boolean {
  if (readsAll(caller)) return true;
  const me = caller.employeeId;
  return me !== undefined && [a.employeeId, a.penilaiId, a.atasanPenilaiId].includes(me);
}
