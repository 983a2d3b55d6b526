import { Injectable } from '@nestjs/common';
import { isSuperiorOf } from '@jenjang/auth';
import { DomainError } from '@jenjang/domain-kernel';
import { OrgChartRepository, type RequestScope } from '@jenjang/platform';
import { agencyScope, NotFoundError } from '@jenjang/persistence';
import { RecommendationSetRepository, type RecommendationSet } from './recommendation.repository';
import type { ItemStatus, RecommendationItem } from './recommendation.schema';

const SET = { en: 'Recommendation', id: 'Rekomendasi' };

export class RecommendationClosedError extends DomainError {
  readonly code = 'RECOMMENDATION_CLOSED';
  constructor(status: ItemStatus) {
    super(
      {
        en: `This recommendation is already ${status}.`,
        id: `Rekomendasi ini sudah berstatus ${status}.`,
      },
      { status: 409, field: 'status' },
    );
  }
}

const readsAll = (caller: RequestScope) => caller.has('ADMIN_INSTANSI', 'ANALIS');

/** Reading sets and accepting, declining or expiring their recommendations. */
@Injectable()
export class RecommendationDecisions {
  constructor(
    private readonly sets: RecommendationSetRepository,
    private readonly chart: OrgChartRepository,
  ) {}

  async get(caller: RequestScope, id: string): Promise<RecommendationSet> {
    const set = await this.sets.byId(caller.agency, id);
    if (!set || (!readsAll(caller) && set.employeeId !== caller.employeeId))
      throw new NotFoundError(SET, id);
    return set;
  }

  /**
   * Your own sets; admins and analysts: of an employee, or all; a superior by today's org chart
   * (the team's recommendation uptake): of a member of the team. Anyone else asking for another
   * person's sets gets a 404, as if there were none.
   */
  async list(caller: RequestScope, employeeId?: string): Promise<RecommendationSet[]> {
    const scope = caller.agency;
    if (readsAll(caller)) return this.sets.list(scope, employeeId);
    if (employeeId === undefined || employeeId === caller.employeeId)
      return this.sets.list(scope, caller.employeeId ?? '-');
    if (!(await isSuperiorOf(this.chart, caller.principal, employeeId)))
      throw new NotFoundError({ en: 'Employee', id: 'Pegawai' }, employeeId);
    return this.sets.list(scope, employeeId);
  }

  async decide(
    caller: RequestScope,
    recommendationId: string,
    status: 'ACCEPTED' | 'DECLINED',
    reason: string | null,
  ): Promise<RecommendationItem> {
    const scope = caller.agency;
    const set = await this.sets.byItem(scope, recommendationId);
    if (!set || set.employeeId !== caller.employeeId)
      throw new NotFoundError(SET, recommendationId);
    const item = set.items.find((i) => i.recommendationId === recommendationId)!;
    if (item.status !== 'OPEN') throw new RecommendationClosedError(item.status);
    const now = new Date();
    const decided = { ...item, status, decidedAt: now, declineReason: reason };
    const items = set.items.map((i) => (i.recommendationId === recommendationId ? decided : i));
    if (!(await this.sets.decide(scope, set.id, items, recommendationId, status))) {
      throw new RecommendationClosedError('ACCEPTED');
    }
    return decided;
  }

  /** Marks OPEN items past their expiry EXPIRED. */
  async expire(now = new Date()): Promise<number> {
    let n = 0;
    for (const set of await this.sets.withExpired(now, 200)) {
      for (const item of set.items.filter((i) => i.status === 'OPEN' && i.expiresAt <= now)) {
        const items = set.items.map((i) =>
          i.recommendationId === item.recommendationId
            ? { ...i, status: 'EXPIRED' as const, decidedAt: now }
            : i,
        );
        if (
          await this.sets.decide(
            agencyScope(set.agencyId),
            set.id,
            items,
            item.recommendationId,
            'EXPIRED',
          )
        )
          n += 1;
        set.items = items;
      }
    }
    return n;
  }

  /**
   * The appraisal was corrected: its set, if still waiting, is never published, and the OPEN
   * recommendations of its published set expire (decided ones stay). Idempotent: a repeat finds
   * nothing OPEN or PENDING.
   */
  async supersedeAppraisal(
    agencyId: string,
    employeeId: string,
    appraisalId: string,
    now: Date,
    setIds: readonly string[],
  ): Promise<number> {
    const scope = agencyScope(agencyId);
    // Read by _id: the caller knows them from the person's record of the appraisal.
    const sets = (await this.sets.byIds(scope, setIds)).filter(
      (s) => s.employeeId === employeeId && s.cause.appraisalId === appraisalId,
    );
    let n = 0;
    for (let set of sets) {
      if (set.status === 'PENDING' && (await this.sets.supersede(scope, set.id))) continue;
      if (set.status === 'PENDING') set = (await this.sets.byId(scope, set.id)) ?? set;
      if (set.status !== 'PUBLISHED') continue;
      for (const item of set.items.filter((i) => i.status === 'OPEN')) {
        const items = set.items.map((i) =>
          i.recommendationId === item.recommendationId
            ? {
                ...i,
                status: 'EXPIRED' as const,
                decidedAt: now,
                expiredReason: 'APPRAISAL_CORRECTED' as const,
              }
            : i,
        );
        if (await this.sets.decide(scope, set.id, items, item.recommendationId, 'EXPIRED')) n += 1;
        set.items = items;
      }
    }
    return n;
  }

  /** Uptake: how many recommendations were accepted, declined, expired or are still open. */
  async uptake({ agency }: RequestScope): Promise<Record<ItemStatus, number> & { sets: number }> {
    const sets = await this.sets.list(agency);
    const counts = { OPEN: 0, ACCEPTED: 0, DECLINED: 0, EXPIRED: 0, sets: sets.length };
    for (const s of sets) for (const i of s.items) counts[i.status] += 1;
    return counts;
  }
}
