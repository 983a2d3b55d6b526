import { Type } from '@sinclair/typebox';
import { Id, stringEnum } from './evaluation-vocabulary';

// The public vocabulary of the notification events. Enums never widen in a published version, so
// the channel list already names SMS and WHATSAPP: adding those channels needs no v2.

/** Delivery channels. SMS and WHATSAPP are reserved for channels not built yet. */
export const NOTIFICATION_CHANNELS = ['IN_APP', 'EMAIL', 'WEBHOOK', 'SMS', 'WHATSAPP'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];
export const NotificationChannel = stringEnum(NOTIFICATION_CHANNELS, {
  description: 'IN_APP (inbox), EMAIL, WEBHOOK (the agency system); SMS and WHATSAPP reserved',
});

/** Why a notice could not be delivered. */
export const NOTIFICATION_FAILURES = ['RETRIES_EXHAUSTED', 'REJECTED', 'NO_ADDRESS'] as const;
export type NotificationFailure = (typeof NOTIFICATION_FAILURES)[number];

/** The fields both notification events share, in this order. */
export const notificationIdentity = {
  /**
   * Deterministic id of this notice on this channel: derived from the cause event id, the
   * recipient and the channel, so redeliveries of the cause event never make a second notice.
   */
  notificationId: Id(
    'Deterministic id of the notice on this channel (cause event + recipient + channel)',
  ),
  /** The agency (instansi); equals the `ce_agency` header. */
  agencyId: Id('Agency (instansi); equals ce_agency'),
  /** Employee the notice is for; equals the `ce_subject` header and the Kafka key. */
  recipientEmployeeId: Id('Employee the notice is for; equals ce_subject and the Kafka key'),
  /** Notification type from the agency's rules, e.g. `appraisal-feedback`. */
  type: Type.String({
    pattern: '^[a-z][a-z0-9-]*$',
    maxLength: 80,
    description: 'Notification type (rule), e.g. appraisal-feedback, training-recommended',
  }),
  /** Channel the notice went through. */
  channel: NotificationChannel,
  /** Mandatory notices ignore the recipient's opt-outs, quiet hours and digest. */
  mandatory: Type.Boolean({
    description: 'Mandatory notices ignore opt-outs, quiet hours, digest',
  }),
  /** CloudEvents id of the event that caused the notice. */
  causeEventId: Id('CloudEvents id (ce_id) of the event that caused the notice'),
  /** CloudEvents type of that event, e.g. `id.go.jenjang.evaluation.appraisal-finalized.v1`. */
  causeEventType: Id('CloudEvents type of the cause event'),
  /** Delivery attempts made so far on this channel (including those of a resend). */
  attempts: Type.Integer({ minimum: 1, description: 'Delivery attempts made on this channel' }),
  /** True when an admin asked for this notice to be sent again. */
  resent: Type.Boolean({ description: 'True when the delivery follows an admin resend' }),
};
