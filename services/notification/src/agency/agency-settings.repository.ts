import { Inject, Injectable } from '@nestjs/common';
import type { Connection } from 'mongoose';
import {
  CONFIG_CACHE_MS,
  MONGO_CONNECTION,
  TenantScopedRepository,
  TtlCache,
  type AgencyScope,
} from '@jenjang/persistence';
import {
  NotificationSettingsSchema,
  type NotificationSettingsDoc,
  type WebhookDoc,
} from './agency-settings.schema';

export interface NotificationSettings {
  agencyId: string;
  webhook: WebhookDoc | null;
  updatedAt: Date | null;
}

@Injectable()
export class AgencySettingsRepository extends TenantScopedRepository<
  NotificationSettingsDoc,
  NotificationSettings
> {
  constructor(@Inject(MONGO_CONNECTION) connection: Connection) {
    super(
      connection.model<NotificationSettingsDoc>('NotificationSettings', NotificationSettingsSchema),
    );
  }

  protected toPlain(d: NotificationSettingsDoc): NotificationSettings {
    return { agencyId: d.agencyId, webhook: d.webhook ?? null, updatedAt: d.updatedAt };
  }

  // Read for every event: cached per agency for a moment (see TtlCache); the webhook's address
  // is checked again at every send whatever the cache holds.
  private readonly cache = new TtlCache<NotificationSettings>(CONFIG_CACHE_MS);

  get(agencyId: string, scope: AgencyScope): Promise<NotificationSettings> {
    const read = async () =>
      (await this.findOne(scope, { _id: agencyId })) ?? {
        agencyId,
        webhook: null,
        updatedAt: null,
      };
    return scope.kind === 'agency' ? this.cache.get(`${agencyId}|`, read) : read();
  }

  async saveWebhook(
    agencyId: string,
    scope: AgencyScope,
    webhook: WebhookDoc | null,
    by: string,
  ): Promise<NotificationSettings> {
    this.cache.clear(`${agencyId}|`);
    const saved = await this.findOneAndUpdate(
      scope,
      { _id: agencyId },
      { $set: { webhook, updatedAt: new Date(), updatedBy: by } },
      { upsert: true },
    );
    this.cache.clear(`${agencyId}|`);
    return saved!;
  }
}
