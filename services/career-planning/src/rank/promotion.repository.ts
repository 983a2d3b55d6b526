import { Inject, Injectable } from '@nestjs/common';
import { Schema, type Connection, type Model } from 'mongoose';
import {
  AuditedAggregateRepository,
  CONFIG_CACHE_MS,
  MONGO_CONNECTION,
  tenantGuardPlugin,
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

/**
 * The period dates for which an agency has a list (one document per agency, _id = agencyId):
 * what every annual predikat asks, read by key instead of a query over all eligibilities.
 */
interface PromotionListsDoc {
  _id: string;
  agencyId: string;
  periods: string[];
}

const PromotionListsSchema = new Schema<PromotionListsDoc>(
  {
    _id: { type: String, required: true },
    agencyId: { type: String, required: true },
    periods: { type: [String], default: [] },
  },
  { collection: 'promotion_lists', versionKey: false },
);
PromotionListsSchema.plugin(tenantGuardPlugin);

export const eligibilityId = (agencyId: string, periodDate: string, employeeId: string) =>
  `${agencyId}/${periodDate}/${employeeId}`;

@Injectable()
export class PromotionRepository extends AuditedAggregateRepository<
  PromotionEligibilityDoc,
  PromotionEligibility
> {
  private readonly lists: Model<PromotionListsDoc>;

  constructor(@Inject(MONGO_CONNECTION) connection: Connection) {
    super(
      connection.model<PromotionEligibilityDoc>('PromotionEligibility', PromotionEligibilitySchema),
    );
    this.lists = connection.model<PromotionListsDoc>('PromotionLists', PromotionListsSchema);
  }

  // Every annual predikat asks which lists are open: the agency's lists document, from memory
  // for CONFIG_CACHE_MS; opening a list here clears it.
  private readonly openPeriodsCache = new TtlCache<string[]>(CONFIG_CACHE_MS);
  /** Periods this process has recorded in the lists document (one write per period). */
  private readonly recorded = new Set<string>();

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
      const periods = await this.periodsOf(agencyId);
      return periods.filter((p) => p >= from).sort();
    });
  }

  /**
   * The agency's lists document by _id; an agency whose eligibilities predate it has it made
   * once from them (the only query over the eligibilities, then never again).
   */
  private async periodsOf(agencyId: string): Promise<string[]> {
    const doc = await this.lists
      .findOne({ _id: agencyId, agencyId })
      .lean<PromotionListsDoc>()
      .exec();
    if (doc) return doc.periods;
    const dates = await this.model.distinct('periodDate', { agencyId }).exec();
    await this.record(agencyId, dates);
    return dates;
  }

  private async record(agencyId: string, periods: string[]): Promise<void> {
    await this.lists
      .updateOne(
        { _id: agencyId, agencyId },
        { $addToSet: { periods: { $each: periods } } },
        { upsert: true },
      )
      .exec();
  }

  ofEmployee(scope: AgencyScope, employeeId: string) {
    return this.find(scope, { employeeId }, { sort: { periodDate: -1 }, limit: 50 });
  }

  /**
   * A new eligibility may open a list: its period is recorded first (so a list is never missed;
   * a crash in between leaves a period recorded before its list, which the event path then
   * fills for the people it concerns), and the open periods are read again.
   */
  override async create(
    scope: AgencyScope,
    doc: NewAggregate<PromotionEligibilityDoc>,
    events: OutboxEntry[] = [],
  ): Promise<PromotionEligibility> {
    if (scope.kind === 'agency' && !this.recorded.has(`${scope.agencyId}/${doc.periodDate}`)) {
      await this.record(scope.agencyId, [doc.periodDate]);
      this.recorded.add(`${scope.agencyId}/${doc.periodDate}`);
      this.openPeriodsCache.clear(`${scope.agencyId}|`);
    }
    return super.create(scope, doc, events);
  }
}
