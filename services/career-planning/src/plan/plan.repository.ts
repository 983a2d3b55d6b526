import { Inject, Injectable } from '@nestjs/common';
import type { Connection, FilterQuery, Model } from 'mongoose';
import {
  AuditedAggregateRepository,
  DuplicateKeyError,
  MONGO_CONNECTION,
  withAudit,
  type AgencyScope,
  type AuditEntry,
} from '@jenjang/persistence';
import { PlanSchema, type PlanDoc } from './plan.schema';

export type Plan = Omit<PlanDoc, '_id' | 'audit'> & { id: string };

export const planId = (agencyId: string, employeeId: string) => `${agencyId}/${employeeId}`;

/** A plan is written in one agency: its id names it. */
function agencyOf(scope: AgencyScope): string {
  if (scope.kind !== 'agency') throw new Error('a career plan is written in one agency');
  return scope.agencyId;
}

function toPlan(doc: PlanDoc): Plan {
  const { _id, audit: _a, ...rest } = doc;
  return { id: _id, ...rest };
}

@Injectable()
export class PlanRepository extends AuditedAggregateRepository<PlanDoc, Plan> {
  private readonly plans: Model<PlanDoc>;

  constructor(@Inject(MONGO_CONNECTION) connection: Connection) {
    const model = connection.model<PlanDoc>('CareerPlan', PlanSchema);
    super(model);
    this.plans = model;
  }

  protected toPlain(doc: PlanDoc): Plan {
    return toPlan(doc);
  }

  // One plan per employee in an agency: found by the employee's id.
  protected override keyFilter(employeeId: string): FilterQuery<PlanDoc> {
    return { employeeId };
  }

  list(scope: AgencyScope, filter: Record<string, unknown> = {}, limit = 5000): Promise<Plan[]> {
    return this.find(scope, filter, { sort: { employeeId: 1 }, limit });
  }

  /** An empty plan, created once (a concurrent create is not an error). */
  async ensure(scope: AgencyScope, employeeId: string, now = new Date()): Promise<void> {
    try {
      await this.insert(scope, {
        _id: planId(agencyOf(scope), employeeId),
        employeeId,
        goals: [],
        targets: [],
        steps: [],
        comments: [],
        agreement: null,
        lastProgressAt: null,
        revision: 0,
        createdAt: now,
        updatedAt: now,
        audit: [],
      });
    } catch (error) {
      if (!(error instanceof DuplicateKeyError)) throw error;
    }
  }

  /**
   * A change that is idempotent by construction (adding a step with a known id, ticking steps):
   * `filter` states that it is not applied yet; no revision needed from the caller.
   */
  async applyIfAbsent(
    scope: AgencyScope,
    employeeId: string,
    filter: Record<string, unknown>,
    update: Record<string, unknown>,
    entry: AuditEntry,
    arrayFilters?: Record<string, unknown>[],
  ): Promise<boolean> {
    const agencyId = agencyOf(scope);
    const res = await this.plans
      .updateOne(
        { _id: planId(agencyId, employeeId), agencyId, ...filter },
        withAudit<PlanDoc>({ ...update, $inc: { revision: 1 } }, entry, { keep: 200 }),
        arrayFilters ? { arrayFilters } : {},
      )
      .exec();
    return res.modifiedCount === 1;
  }
}
