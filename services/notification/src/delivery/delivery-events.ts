import {
  notificationDeliveredV1,
  notificationFailedV1,
  type NotificationFailure,
} from '@jenjang/contracts';
import { sourceOf, stageEvent } from '@jenjang/messaging';
import type { OutboxEntry } from '@jenjang/persistence';
import type { Delivery } from './delivery.repository';

// The public events of a delivery, staged into its outbox in the same write as the state change.
// Their ids derive from the delivery and its send round: a replayed write cannot double them.
const SOURCE = sourceOf('notification');

type Identity = Pick<
  Delivery,
  | 'id'
  | 'agencyId'
  | 'recipientEmployeeId'
  | 'type'
  | 'channel'
  | 'mandatory'
  | 'causeEventId'
  | 'causeEventType'
  | 'round'
  | 'resent'
>;

const identity = (d: Identity, attempts: number) => ({
  notificationId: d.id,
  agencyId: d.agencyId,
  recipientEmployeeId: d.recipientEmployeeId,
  type: d.type,
  channel: d.channel,
  mandatory: d.mandatory,
  causeEventId: d.causeEventId,
  causeEventType: d.causeEventType,
  attempts,
  resent: d.resent,
});

export function deliveredEvent(
  d: Identity,
  attempts: number,
  at: Date,
  digest: boolean,
): OutboxEntry {
  return stageEvent(
    notificationDeliveredV1,
    {
      id: `${d.id}:delivered:${d.round}`,
      time: at,
      data: { ...identity(d, attempts), digest, deliveredAt: at.toISOString() },
    },
    SOURCE,
  );
}

export function failedEvent(
  d: Identity,
  attempts: number,
  at: Date,
  failure: NotificationFailure,
  reason: string,
): OutboxEntry {
  return stageEvent(
    notificationFailedV1,
    {
      id: `${d.id}:failed:${d.round}`,
      time: at,
      data: { ...identity(d, attempts), failure, reason, failedAt: at.toISOString() },
    },
    SOURCE,
  );
}
