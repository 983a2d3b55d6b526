import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EventEnvelope } from '@jenjang/contracts';
import { agencyScope, type AgencyScope } from '@jenjang/persistence';
import { AgencySettingsRepository } from '../agency/agency-settings.repository';
import { NOTIFICATION_CONFIG, type NotificationConfig } from '../config/notification.config';
import { unknownRecipient, type Recipient } from '../recipient/domain/recipient';
import { RecipientRepository } from '../recipient/recipient.repository';
import type { EffectiveRule } from '../rule/rule.service';
import { RuleService } from '../rule/rule.service';
import { renderTemplate, tidy } from '../template/domain/template-render';
import { TemplateService } from '../template/template.service';
import { NOTICE_CHANNELS, type NoticeChannel } from '../channel/notice-channel';
import type { Channel } from '../rule/domain/rule';
import { deliveredEvent, failedEvent } from './delivery-events';
import { DeliveryDispatcher, noticeOf } from './delivery.dispatcher';
import { deliveryMetrics } from './delivery.metrics';
import { DeliveryRepository, type NewDelivery } from './delivery.repository';
import { deliveryId } from './domain/delivery-id';
import { planDeliveries, recipientIdsAt, type PlannedDelivery } from './domain/plan';

/**
 * Turns an event into deliveries by the agency's rules. Each delivery is one insert under a
 * deterministic id, so running this again for a redelivered event changes nothing.
 */
@Injectable()
export class NoticeService {
  private readonly logger = new Logger(NoticeService.name);
  private readonly inStore: Map<Channel, NoticeChannel>;

  constructor(
    private readonly rules: RuleService,
    private readonly templates: TemplateService,
    private readonly recipients: RecipientRepository,
    private readonly settings: AgencySettingsRepository,
    private readonly deliveries: DeliveryRepository,
    private readonly dispatcher: DeliveryDispatcher,
    @Inject(NOTIFICATION_CONFIG) private readonly config: NotificationConfig,
    @Inject(NOTICE_CHANNELS) channels: NoticeChannel[],
  ) {
    this.inStore = new Map(channels.filter((c) => c.inStore).map((c) => [c.channel, c]));
  }

  /**
   * Returns how many deliveries were created (0 for a redelivered event). The messaging library
   * has already dead-lettered an event whose ce_agency differs from its payload's agency, so a
   * notice never goes to another agency's people.
   */
  async fromEvent(event: EventEnvelope, now = new Date()): Promise<number> {
    const agencyId = event.agency;
    const scope = agencyScope(agencyId);
    const rules = await this.rules.forEvent(agencyId, event.topic);
    if (rules.length === 0) return 0;
    const { webhook } = await this.settings.webhookOf(agencyId);
    const audiences = await Promise.all(rules.map((r) => this.audienceOf(r, event.data, scope)));
    // Everyone the event's notices go to, read together: one query for the event (and for the
    // other events handled in the same turn).
    const directory = new Map(
      await Promise.all(
        [...new Set(audiences.flat())].map(
          async (id) => [id, await this.recipients.get(scope, agencyId, id)] as const,
        ),
      ),
    );
    const docs: NewDelivery[] = [];
    const recipientOf = new Map<string, Recipient>();
    // A notice due now is stored already leased to this process and sent from memory: no claim
    // read-modify-write per notice (the sweep takes it over if this process dies first).
    const leaseUntil = new Date(now.getTime() + this.config.DISPATCH_LEASE_MS);
    // A notice to someone other than the person the event is about (their superior) names that
    // person from the directory: one (cached) read per event, only when such a notice is made.
    let names: Record<string, string> | undefined;
    const namesFor = async (recipientId: string) => {
      if (recipientId === event.subject) return undefined;
      if (!names) {
        const about = await this.recipients.get(scope, agencyId, event.subject);
        names = about?.name ? { [event.subject]: about.name } : {};
      }
      return names;
    };
    for (const [i, rule] of rules.entries()) {
      for (const employeeId of audiences[i]) {
        const found = directory.get(employeeId) ?? null;
        const recipient = found ?? unknownRecipient(agencyId, employeeId);
        const plan = planDeliveries({
          rule,
          recipient,
          known: found !== null,
          agencyHasWebhook: webhook?.enabled === true,
          now,
        });
        for (const p of plan) {
          const doc = await this.deliveryOf(rule, recipient, p, event, scope, now, {
            leaseUntil,
            names: await namesFor(employeeId),
          });
          if (doc) {
            docs.push(doc);
            recipientOf.set(doc._id, recipient);
          }
        }
      }
    }
    // The inbox notices are put now and stored delivered; then one write for the event's notices.
    const stored = await Promise.all(docs.map((d) => this.sentInStore(d, recipientOf.get(d._id)!)));
    const created = new Set(await this.deliveries.createMany(scope, stored));
    // What is left to send, by _id: due now with the recipient just read, or when it falls due
    // (the dispatcher's sweep is for retries of other replicas and what a crash left behind).
    const toSend = stored.filter((d) => created.has(d._id) && d.state === 'PENDING');
    const dueNow = toSend.filter((d) => d.leaseUntil);
    if (dueNow.length > 0) {
      this.dispatcher.enqueue(
        agencyId,
        dueNow.map((d) => ({
          id: d._id,
          recipient: recipientOf.get(d._id),
          leased: this.deliveries.plainOf(d),
        })),
      );
    }
    for (const d of toSend) {
      if (!d.leaseUntil && d.nextAttemptAt) this.dispatcher.later(agencyId, d._id, d.nextAttemptAt);
    }
    return created.size;
  }

  /**
   * A notice due now on a channel that writes to this service's store (the inbox), sent before
   * it is stored and stored delivered, with its event: one write each, batched with the other
   * notices of the turn. Sending again for a redelivered event finds the inbox item there. When
   * the send fails the notice is stored to send as any other (leased, retried with backoff).
   */
  private async sentInStore(d: NewDelivery, recipient: Recipient): Promise<NewDelivery> {
    const channel = this.inStore.get(d.channel);
    if (!channel || d.state !== 'PENDING' || !d.leaseUntil) return d;
    try {
      await channel.send(noticeOf(this.deliveries.plainOf(d), recipient));
    } catch (error) {
      this.logger.warn(
        `${d.channel} notice ${d._id} not sent at once, queued: ${(error as Error).message}`,
      );
      return d;
    }
    const at = new Date(Math.max(Date.now(), d.createdAt.getTime()));
    deliveryMetrics.attempts.inc({ channel: d.channel, outcome: 'delivered' });
    deliveryMetrics.latency.observe(
      { channel: d.channel },
      (at.getTime() - d.createdAt.getTime()) / 1000,
    );
    return {
      ...d,
      state: 'DELIVERED',
      attempts: 1,
      roundAttempts: 1,
      leaseUntil: null,
      nextAttemptAt: null,
      deliveredAt: at,
      updatedAt: at,
      attemptLog: [{ at, ok: true, error: null }],
      events: [...(d.events ?? []), deliveredEvent({ ...d, id: d._id }, 1, at, false)],
    };
  }

  private async audienceOf(
    rule: EffectiveRule,
    data: unknown,
    scope: AgencyScope,
  ): Promise<string[]> {
    switch (rule.audience.kind) {
      case 'EVENT_FIELD':
        return recipientIdsAt(data, rule.audience.path);
      case 'TEAM':
        return (await this.recipients.team(scope, rule.audience.team)).map((r) => r.employeeId);
    }
  }

  private async deliveryOf(
    rule: EffectiveRule,
    recipient: Recipient,
    p: PlannedDelivery,
    event: EventEnvelope,
    scope: AgencyScope,
    now: Date,
    { leaseUntil, names }: { leaseUntil: Date; names?: Record<string, string> },
  ): Promise<NewDelivery | null> {
    const language = recipient.language;
    const template = await this.templates.resolve(
      scope,
      rule.type,
      language,
      // A digest gathers the short in-app wording; a single email has its own.
      p.channel === 'EMAIL' && p.state !== 'DIGEST' ? 'EMAIL' : 'IN_APP',
    );
    if (!template) {
      this.logger.warn(`no template for ${rule.type} (${language}, ${p.channel}); notice skipped`);
      return null;
    }
    const ctx = {
      language,
      portalUrl: this.config.PORTAL_URL,
      timeZone: recipient.timeZone,
      ...(names ? { names } : {}),
    };
    const base: Omit<NewDelivery, 'state' | 'nextAttemptAt'> = {
      _id: deliveryId(event.id, recipient.employeeId, p.channel),
      agencyId: recipient.agencyId,
      recipientEmployeeId: recipient.employeeId,
      type: rule.type,
      channel: p.channel,
      mandatory: rule.mandatory,
      causeEventId: event.id,
      causeEventType: event.type,
      language: template.source.language,
      subject: tidy(renderTemplate(template.subject, event.data, ctx)).replace(/\s+/g, ' '),
      body: tidy(renderTemplate(template.body, event.data, ctx)),
      attempts: 0,
      roundAttempts: 0,
      round: 1,
      resent: false,
      leaseUntil: null,
      attemptLog: [],
      lastError: null,
      failure: null,
      digest: false,
      deliveredAt: null,
      failedAt: null,
      createdAt: now,
      updatedAt: now,
    };
    if (p.state === 'PENDING' && p.notBefore.getTime() <= now.getTime()) {
      return { ...base, state: p.state, nextAttemptAt: p.notBefore, leaseUntil };
    }
    if (p.state !== 'FAILED') return { ...base, state: p.state, nextAttemptAt: p.notBefore };
    // Nothing to try: failed at once, visible to admins, and said so on the public stream.
    const failed = { ...base, attempts: 1, roundAttempts: 1, id: base._id };
    return {
      ...base,
      state: 'FAILED',
      attempts: 1,
      roundAttempts: 1,
      nextAttemptAt: null,
      failure: p.failure,
      failedAt: now,
      lastError: p.reason,
      attemptLog: [{ at: now, ok: false, error: p.reason }],
      events: [failedEvent(failed, 1, now, p.failure, p.reason)],
    };
  }
}
