import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EventEnvelope } from '@jenjang/contracts';
import { agencyScope, type AgencyScope } from '@jenjang/persistence';
import { AgencySettingsRepository } from '../agency/agency-settings.repository';
import { NOTICE_CHANNELS, type NoticeChannel } from '../channel/notice-channel';
import { NOTIFICATION_CONFIG, type NotificationConfig } from '../config/notification.config';
import { unknownRecipient, type Recipient } from '../recipient/domain/recipient';
import { RecipientRepository } from '../recipient/recipient.repository';
import type { EffectiveRule } from '../rule/rule.service';
import { RuleService } from '../rule/rule.service';
import { renderTemplate, tidy } from '../template/domain/template-render';
import { TemplateService } from '../template/template.service';
import { failedEvent } from './delivery-events';
import { DeliveryDispatcher } from './delivery.dispatcher';
import { countDelivered } from './delivery.metrics';
import { DeliveryRepository, type NewDelivery } from './delivery.repository';
import { deliveryId } from './domain/delivery-id';
import { freshDeliveryProgress } from './domain/fresh-delivery';
import { planDeliveries, recipientIdsAt, type PlannedDelivery } from './domain/plan';
import { deliveredAtBirth, outgoingNotice } from './outgoing-notice';

/**
 * Turns an event into deliveries by the agency's rules. Each delivery is one insert under a
 * deterministic id, so running this again for a redelivered event changes nothing.
 */
@Injectable()
export class NoticeService {
  private readonly logger = new Logger(NoticeService.name);
  private readonly channels: Map<string, NoticeChannel>;

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
    this.channels = new Map(channels.map((c) => [c.channel, c]));
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
    for (const rule of rules) {
      for (const employeeId of await this.audienceOf(rule, event.data, scope)) {
        const found = await this.recipients.get(scope, agencyId, employeeId);
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
    // The inbox notices are put first and stored DELIVERED with their event: one write each to
    // the inbox and the queue, no lease, no second write to finish them. A redelivered event
    // finds both there. The other notices due now are stored leased to this process and sent
    // by _id with the recipient just read (the dispatcher's sweep is for retries and what a
    // crash left behind).
    const stored = await Promise.all(docs.map((d) => this.sentAtBirth(d, recipientOf.get(d._id)!)));
    const created = new Set(await this.deliveries.createMany(scope, stored));
    const toSend = stored.filter((d) => d.state === 'PENDING' && created.has(d._id));
    for (const d of stored) {
      if (d.state === 'DELIVERED' && created.has(d._id)) countDelivered(d, d.deliveredAt!);
    }
    if (toSend.length > 0) {
      this.dispatcher.enqueue(
        agencyId,
        toSend.map((d) => ({
          id: d._id,
          recipient: recipientOf.get(d._id),
          leased: d.leaseUntil ? this.deliveries.plainOf(d) : undefined,
        })),
      );
      // Backpressure: the next events wait in Kafka while the dispatcher has a backlog.
      await this.dispatcher.roomForMore();
    }
    return created.size;
  }

  /**
   * A notice due now on a local channel (the inbox), sent before it is stored and returned
   * DELIVERED; any other, or one whose channel failed (it then goes through the dispatcher, with
   * its retries), as it was.
   */
  private async sentAtBirth(doc: NewDelivery, recipient: Recipient) {
    const channel = this.channels.get(doc.channel);
    if (!channel?.local || doc.state !== 'PENDING' || !doc.leaseUntil) return doc;
    try {
      await channel.send(outgoingNotice(this.deliveries.plainOf(doc), recipient));
    } catch (error) {
      this.logger.warn(`${doc.channel} notice ${doc._id} goes to the queue: ${String(error)}`);
      return doc;
    }
    // Delivered when the inbox took it (the clock, not the event's handling time).
    return deliveredAtBirth(doc, new Date());
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
      ...freshDeliveryProgress(now),
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
