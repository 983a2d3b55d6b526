import { Inject, Injectable } from '@nestjs/common';
import type { Connection } from 'mongoose';
import {
  agencyScope,
  AgencySettingsStore,
  MONGO_CONNECTION,
  type AgencyScope,
} from '@jenjang/persistence';
import {
  NotificationSettingsSchema,
  type NotificationSettingsDoc,
  type WebhookDoc,
} from './agency-settings.schema';

/** The webhook in force for an agency (none while it has saved none). */
export interface NotificationSettings {
  agencyId: string;
  webhook: WebhookDoc | null;
  updatedAt: Date | null;
}

export interface StoredNotificationSettings extends NotificationSettings {
  /** 0 for a document saved before settings had revisions (adoptUnrevised gives it one). */
  revision: number;
  updatedAt: Date;
}

/** The agency's notification settings (one document per agency, revision-guarded, audited). */
@Injectable()
export class AgencySettingsRepository extends AgencySettingsStore<
  NotificationSettingsDoc,
  StoredNotificationSettings
> {
  constructor(@Inject(MONGO_CONNECTION) connection: Connection) {
    super(
      connection.model<NotificationSettingsDoc>('NotificationSettings', NotificationSettingsSchema),
    );
  }

  protected toPlain(d: NotificationSettingsDoc): StoredNotificationSettings {
    return {
      agencyId: d.agencyId,
      webhook: d.webhook ?? null,
      revision: d.revision ?? 0,
      updatedAt: d.updatedAt,
    };
  }

  /**
   * The webhook in force, read for every event: from memory for CONFIG_CACHE_MS (a save here
   * clears it); the webhook's address is checked again at every send whatever this holds.
   */
  async webhookOf(agencyId: string): Promise<NotificationSettings> {
    const stored = await this.cached(agencyScope(agencyId));
    return { agencyId, webhook: stored?.webhook ?? null, updatedAt: stored?.updatedAt ?? null };
  }

  /**
   * Gives a document saved before settings had revisions its first one (1), so the guarded save
   * can take it; a document that has one is left as it is.
   */
  async adoptUnrevised(scope: AgencyScope): Promise<void> {
    await this.updateOne(
      scope,
      { _id: scope.kind === 'agency' ? scope.agencyId : '', revision: { $exists: false } },
      { $set: { revision: 1 } },
    );
  }
}
