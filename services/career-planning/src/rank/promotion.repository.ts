import { Inject, Injectable } from '@nestjs/common';
import type { Connection } from 'mongoose';
import {
  AuditedAggregateRepository,
  CONFIG_CACHE_MS,
  MONGO_CONNECTION,
  TtlCache,
  type AgencyScope,
  type NewAggregate,
  type OutboxEntry,
} from '@jenjang/persistence';
import { PromotionEligibilitySchema, type PromotionEligibilityDoc } from './promotion.schema';

export type PromotionEligibility = Omit<
  PromotionEligibilityDoc,
  '_id' | 'outbox' | 'outboxLease' | 'audit'
> & { id: string };

export const eligibilityId = (agencyId: string, periodDate: string, employeeId: string) =>
  `${agencyId}/${periodDate}/${employeeId}`;

@Injectable()
export class PromotionRepository extends AuditedAggregateRepository<
  PromotionEligibilityDoc,
  PromotionEligibility
> {
  constructor(@Inject(MONGO_CONNECTION) connection: Connection) {
    super(
      connection.model<PromotionEligibilityDoc>('PromotionEligibility', PromotionEligibilitySchema),
    );
  }

  // Every annual predikat asks which lists are open (a query over the agency's eligibilities):
  // from memory for CONFIG_CACHE_MS; opening a list here clears it.
  private readonly openPeriodsCache = new TtlCache<string[]>(CONFIG_CACHE_MS);

  protected toPlain(doc: PromotionEligibilityDoc): PromotionEligibility {
    const { _id, outbox: _o, outboxLease: _l, audit: _a, ...rest } = doc;
    return { id: _id, ...rest };
  }

  of(scope: AgencyScope, periodDate: string, employeeId: string) {
    return this.findOne(scope, { periodDate, employeeId });
  }

  period(scope: AgencyScope, periodDate: string, eligibleOnly: boolean) {
    return this.find(
      scope,
      { periodDate, ...(eligibleOnly ? { eligible: true } : {}) },
      { sort: { employeeId: 1 }, limit: 20_000 },
    );
  }

  /** Period dates from `from` on for which the agency has a list. */
  openPeriods(agencyId: string, from: string): Promise<string[]> {
    return this.openPeriodsCache.get(`${agencyId}|${from}`, async () => {
      const dates = await this.model
        .distinct('periodDate', { agencyId, periodDate: { $gte: from } })
        .exec();
      return dates.sort();
    });
  }

  ofEmployee(scope: AgencyScope, employeeId: string) {
    return this.find(scope, { employeeId }, { sort: { periodDate: -1 }, limit: 50 });
  }

  /** A new eligibility may open a list: the open periods are read again. */
  override async create(
    scope: AgencyScope,
    doc: NewAggregate<PromotionEligibilityDoc>,
    events: OutboxEntry[] = [],
  ): Promise<PromotionEligibility> {
    const created = await super.create(scope, doc, events);
    if (scope.kind === 'agency') this.openPeriodsCache.clear(`${scope.agencyId}|`);
    return created;
  }
}
