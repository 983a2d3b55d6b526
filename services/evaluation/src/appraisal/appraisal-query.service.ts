import { Injectable } from '@nestjs/common';
import type { Principal } from '@jenjang/auth';
import {
  agencyScope,
  NotFoundError,
  type AgencyScope,
  type AuditEntry,
} from '@jenjang/persistence';
import { actorOf, readScope, readsAll, writeScope } from '../shared/caller';
import type { Actor } from '../shared/domain/actor';
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

  async get(principal: Principal, id: string): Promise<AppraisalView> {
    const a = await this.appraisals.byId(readScope(principal), id);
    if (!a || !canRead(principal, a))
      throw new NotFoundError({ en: 'appraisal', id: 'penilaian' }, id);
    return a;
  }

  async history(principal: Principal, id: string): Promise<AuditEntry[]> {
    await this.get(principal, id);
    return this.appraisals.auditOf(readScope(principal), id);
  }

  list(principal: Principal, query: AppraisalQuery): Promise<AppraisalView[]> {
    if (readsAll(principal)) return this.appraisals.list(readScope(principal), query);
    return this.appraisals.list(writeScope(principal), query, actorOf(principal).pegawaiId);
  }

  /** The appraisal the caller may see, with the SKP it follows. */
  async load(principal: Principal, id: string): Promise<{ a: AppraisalView; skp: Skp }> {
    const a = await this.get(principal, id);
    return { a, skp: await this.skpOf(a) };
  }

  async skpOf(a: AppraisalView): Promise<Skp> {
    const skp = await this.skps.byId(scopeOf(a), a.skpId);
    if (!skp) throw new NotFoundError('SKP', a.skpId);
    return skp;
  }
}

/** One step of the appraisal's life, checked by the domain rules against its SKP. */
export function step(
  a: AppraisalView,
  skp: Skp,
  action: AppraisalAction,
  actor: Actor,
  objectionWindowDays: number,
  now = new Date(),
) {
  return applyAppraisalAction(toDomain(a), action, actor, {
    now,
    objectionWindowDays,
    skpStatus: skp.status,
  });
}

/** The agency an appraisal is written in. */
export function scopeOf(a: AppraisalView): AgencyScope {
  return agencyScope(a.agencyId);
}

function canRead(principal: Principal, a: AppraisalView): boolean {
  if (readsAll(principal)) return true;
  const me = principal.employeeId;
  return me !== undefined && [a.employeeId, a.penilaiId, a.atasanPenilaiId].includes(me);
}
