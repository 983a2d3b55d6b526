import { Schema } from 'mongoose';
import { outboxSchemaFields, tenantGuardPlugin, type OutboxFields } from '@jenjang/persistence';
import type { NotificationFailure } from '@jenjang/contracts';
import type { Channel } from '../rule/domain/rule';
import type { Language } from '../template/domain/labels';

export const DELIVERY_COLLECTION = 'deliveries';

/**
 * PENDING: to send at `nextAttemptAt`; DIGEST: waits for the recipient's daily digest;
 * DELIVERED; FAILED (retries exhausted, refused, or no address: admins may resend).
 */
export const DELIVERY_STATES = ['PENDING', 'DIGEST', 'DELIVERED', 'FAILED'] as const;
export type DeliveryState = (typeof DELIVERY_STATES)[number];

export interface AttemptDoc {
  at: Date;
  ok: boolean;
  error: string | null;
}

/** One notice to one recipient on one channel: the store's own outbox and retry queue. */
export interface DeliveryDoc extends OutboxFields {
  /** deliveryId(cause event, recipient, channel): the unique index that makes it exactly one. */
  _id: string;
  agencyId: string;
  recipientEmployeeId: string;
  type: string;
  channel: Channel;
  mandatory: boolean;
  causeEventId: string;
  causeEventType: string;
  language: Language;
  subject: string;
  body: string;
  state: DeliveryState;
  attempts: number;
  /** Attempts since the last (re)send: what the backoff and the retry limit count. */
  roundAttempts: number;
  /** Sends asked for: 1, then +1 per admin resend (the delivered/failed event id uses it). */
  round: number;
  resent: boolean;
  nextAttemptAt: Date | null;
  leaseUntil: Date | null;
  attemptLog: AttemptDoc[];
  lastError: string | null;
  failure: NotificationFailure | null;
  digest: boolean;
  deliveredAt: Date | null;
  failedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export const DeliverySchema = new Schema<DeliveryDoc>(
  {
    _id: { type: String, required: true },
    agencyId: { type: String, required: true },
    recipientEmployeeId: { type: String, required: true },
    type: { type: String, required: true },
    channel: { type: String, required: true },
    mandatory: { type: Boolean, required: true },
    causeEventId: { type: String, required: true },
    causeEventType: { type: String, required: true },
    language: { type: String, required: true },
    subject: { type: String, required: true },
    body: { type: String, required: true },
    state: { type: String, required: true },
    attempts: { type: Number, required: true },
    roundAttempts: { type: Number, required: true },
    round: { type: Number, required: true },
    resent: { type: Boolean, required: true },
    nextAttemptAt: { type: Date, default: null },
    leaseUntil: { type: Date, default: null },
    attemptLog: { type: Schema.Types.Mixed, default: [] },
    lastError: { type: String, default: null },
    failure: { type: String, default: null },
    digest: { type: Boolean, default: false },
    deliveredAt: { type: Date, default: null },
    failedAt: { type: Date, default: null },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
    ...outboxSchemaFields,
  },
  { collection: DELIVERY_COLLECTION, versionKey: false, minimize: false },
);
// The same guarantee stated on the fields themselves, should the id scheme ever change.
DeliverySchema.index({ causeEventId: 1, recipientEmployeeId: 1, channel: 1 }, { unique: true });
DeliverySchema.index({ state: 1, nextAttemptAt: 1 });
DeliverySchema.index({ agencyId: 1, type: 1, channel: 1, state: 1, createdAt: -1 });
DeliverySchema.plugin(tenantGuardPlugin);
