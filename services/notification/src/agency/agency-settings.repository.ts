import { Inject, Injectable } from '@nestjs/common';
import type { Connection } from 'mongoose';
import { MONGO_CONNECTION, TenantScopedRepository, type AgencyScope } from '@jenjang/persistence';
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

  async get(agencyId: string, scope: AgencyScope): Promise<NotificationSettings> {
    return (
      (await this.findOne(scope, { _id: agencyId })) ?? { agencyId, webhook: null, updatedAt: null }
    );
  }

  async saveWebhook(
    agencyId: string,
    scope: AgencyScope,
    webhook: WebhookDoc | null,
    by: string,
  ): Promise<NotificationSettings> {
    const saved = await this.findOneAndUpdate(
      scope,
      { _id: agencyId },
      { $set: { webhook, updatedAt: new Date(), updatedBy: by } },
      { upsert: true },
    );
    return saved!;
  }
}
