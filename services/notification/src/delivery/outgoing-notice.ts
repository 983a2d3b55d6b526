import type { OutgoingNotice } from '../channel/notice-channel';
import type { Recipient } from '../recipient/domain/recipient';
import { deliveredEvent } from './delivery-events';
import type { Delivery, NewDelivery } from './delivery.repository';

/** What a channel is given to send for a stored (or about to be stored) delivery. */
export function outgoingNotice(d: Delivery, recipient: Recipient): OutgoingNotice {
  return {
    deliveryId: d.id,
    agencyId: d.agencyId,
    recipient,
    type: d.type,
    mandatory: d.mandatory,
    language: d.language,
    subject: d.subject,
    body: d.body,
    causeEventId: d.causeEventId,
    causeEventType: d.causeEventType,
    createdAt: d.createdAt,
    resent: d.resent,
    round: d.round,
  };
}

/**
 * A new delivery that its channel accepted before it was stored (the inbox: a write to this
 * service's own store): stored DELIVERED at once, its first attempt logged, with its public
 * `delivered` event, so it is never leased, sent again or finished by a second write.
 */
export function deliveredAtBirth(doc: NewDelivery, at: Date): NewDelivery {
  const { events: _events, ...fields } = doc;
  return {
    ...fields,
    state: 'DELIVERED',
    attempts: 1,
    roundAttempts: 1,
    nextAttemptAt: null,
    leaseUntil: null,
    deliveredAt: at,
    updatedAt: at,
    lastError: null,
    attemptLog: [{ at, ok: true, error: null }],
    events: [deliveredEvent({ ...fields, id: doc._id }, 1, at, false)],
  };
}
