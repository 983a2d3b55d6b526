import { Inject, Injectable } from '@nestjs/common';
import { auditEntry } from '@jenjang/persistence';
import type { RequestScope } from '@jenjang/platform';
import { NOTIFICATION_CONFIG, type NotificationConfig } from '../config/notification.config';
import {
  AgencySettingsRepository,
  type StoredNotificationSettings,
} from './agency-settings.repository';
import type { WebhookDoc } from './agency-settings.schema';
import { webhookPolicy, webhookUrlRefusal, type WebhookPolicy } from './domain/webhook-address';
import {
  WebhookSecretRequiredError,
  WebhookUrlNotAllowedError,
} from './domain/webhook-settings-errors';

export interface WebhookInput {
  url: string;
  enabled: boolean;
  /** Left out: keep the current secret. */
  secret?: string;
}

export interface NotificationSettingsInput {
  /** null removes the webhook. */
  webhook: WebhookInput | null;
  /** The revision read; left out, the save applies over what is stored now. */
  revision?: number;
}

export interface NotificationSettingsView {
  agencyId: string;
  /** The secret is never returned: only that one is set. */
  webhook: { url: string; enabled: boolean; secretSet: true } | null;
  /** 0 until the agency saves its settings; send it back with a change (409 when stale). */
  revision: number;
  updatedAt: Date | null;
}

// What the audit trail keeps of a webhook: never the secret, only whether it changed.
const audited = (w: WebhookDoc | null) => w && { url: w.url, enabled: w.enabled };

/** The agency's notification settings over HTTP: the webhook, revision-guarded and audited. */
@Injectable()
export class AgencySettingsService {
  private readonly policy: WebhookPolicy;

  constructor(
    private readonly settings: AgencySettingsRepository,
    @Inject(NOTIFICATION_CONFIG) config: NotificationConfig,
  ) {
    this.policy = webhookPolicy(config);
  }

  async read({ agency, agencyId }: RequestScope): Promise<NotificationSettingsView> {
    return this.view(agencyId, await this.settings.get(agency));
  }

  /** Saving what is in force changes nothing and answers it (a retried PUT). */
  async save(
    caller: RequestScope,
    input: NotificationSettingsInput,
  ): Promise<NotificationSettingsView> {
    const { agency: scope, agencyId } = caller;
    const refusal = input.webhook && webhookUrlRefusal(input.webhook.url, this.policy);
    if (refusal) throw new WebhookUrlNotAllowedError(refusal);
    const current = await this.settings.get(scope);
    const before = current?.webhook ?? null;
    const secret = input.webhook?.secret ?? before?.secret;
    if (input.webhook && !secret) throw new WebhookSecretRequiredError();
    const webhook: WebhookDoc | null = input.webhook
      ? { url: input.webhook.url, enabled: input.webhook.enabled, secret: secret! }
      : null;
    if (sameWebhook(before, webhook)) return this.view(agencyId, current);
    let expected = input.revision ?? current?.revision ?? 0;
    if (current && current.revision === 0) {
      // Saved before settings had revisions: it reads as 0 and becomes revision 1 now.
      await this.settings.adoptUnrevised(scope);
      if (expected === 0) expected = 1;
    }
    const audit = auditEntry(caller.actor, 'notification-settings.saved', {
      before: { webhook: audited(before) },
      after: { webhook: audited(webhook), secretChanged: webhook?.secret !== before?.secret },
    });
    return this.view(agencyId, await this.settings.save(scope, expected, { webhook }, audit));
  }

  private view(
    agencyId: string,
    stored: StoredNotificationSettings | null,
  ): NotificationSettingsView {
    const webhook = stored?.webhook ?? null;
    return {
      agencyId,
      webhook: webhook && { url: webhook.url, enabled: webhook.enabled, secretSet: true },
      revision: stored?.revision ?? 0,
      updatedAt: stored?.updatedAt ?? null,
    };
  }
}

function sameWebhook(a: WebhookDoc | null, b: WebhookDoc | null): boolean {
  if (a === null || b === null) return a === b;
  return a.url === b.url && a.enabled === b.enabled && a.secret === b.secret;
}
