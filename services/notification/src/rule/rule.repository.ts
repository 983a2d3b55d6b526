import { Inject, Injectable } from '@nestjs/common';
import type { Connection } from 'mongoose';
import {
  CONFIG_CACHE_MS,
  MONGO_CONNECTION,
  TenantScopedRepository,
  TtlCache,
  type AgencyScope,
} from '@jenjang/persistence';
import type { NotificationRule } from './domain/rule';
import { RuleSchema, type RuleDoc } from './rule.schema';

export interface StoredRule extends NotificationRule {
  updatedAt: Date;
  updatedBy: string;
}

@Injectable()
export class RuleRepository extends TenantScopedRepository<RuleDoc, StoredRule> {
  constructor(@Inject(MONGO_CONNECTION) connection: Connection) {
    super(connection.model<RuleDoc>('NotificationRule', RuleSchema));
  }

  protected toPlain(d: RuleDoc): StoredRule {
    return {
      type: d.type,
      eventTopic: d.eventTopic,
      audience: d.audience,
      mandatory: d.mandatory,
      channels: d.channels,
      enabled: d.enabled,
      description: d.description,
      updatedAt: d.updatedAt,
      updatedBy: d.updatedBy,
    };
  }

  // Read for every event: cached per agency for a moment (see TtlCache).
  private readonly cache = new TtlCache<StoredRule[]>(CONFIG_CACHE_MS);

  ofAgency(scope: AgencyScope): Promise<StoredRule[]> {
    const read = () => this.find(scope, {}, { sort: { type: 1 } });
    return scope.kind === 'agency' ? this.cache.get(`${scope.agencyId}|`, read) : read();
  }

  async save(scope: AgencyScope, agencyId: string, rule: NotificationRule, by: string) {
    this.cache.clear(`${agencyId}|`);
    const saved = (await this.findOneAndUpdate(
      scope,
      { _id: `${agencyId}:${rule.type}` },
      { $set: { ...rule, updatedAt: new Date(), updatedBy: by } },
      { upsert: true },
    ))!;
    // A read between the clear and the write may have cached the old value: clear again.
    this.cache.clear(`${agencyId}|`);
    return saved;
  }
}
