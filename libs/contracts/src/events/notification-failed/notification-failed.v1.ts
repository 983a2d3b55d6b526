import { Type, type Static } from '@sinclair/typebox';
import { defineEvent } from '../../define-event';
import { stringEnum } from '../evaluation-vocabulary';
import { NOTIFICATION_FAILURES, notificationIdentity } from '../notification-vocabulary';

const schema = Type.Object(
  {
    ...notificationIdentity,
    /** RETRIES_EXHAUSTED: every retry failed; REJECTED: permanent refusal; NO_ADDRESS: no contact. */
    failure: stringEnum(NOTIFICATION_FAILURES, {
      description:
        'RETRIES_EXHAUSTED (every retry failed), REJECTED (the channel refused it for good), ' +
        'NO_ADDRESS (the recipient has no address for the channel)',
    }),
    /**
     * Why the last attempt failed: a fixed code (EMAIL_REJECTED, EMAIL_DEFERRED, EMAIL_TIMEOUT,
     * EMAIL_UNREACHABLE, WEBHOOK_NOT_ACCEPTED, …), never the mail server's or receiver's text.
     */
    reason: Type.String({
      minLength: 1,
      maxLength: 500,
      description:
        "Fixed code of the last failure (EMAIL_REJECTED, EMAIL_DEFERRED, WEBHOOK_TIMEOUT, ...); never a server's own text",
    }),
    /** When the notice was given up on (an admin may still resend it). */
    failedAt: Type.String({
      format: 'date-time',
      description: 'When the notice was given up on; an admin may still resend it',
    }),
  },
  {
    description:
      'A notice could not be delivered on one channel after its retries. No message body, no ' +
      'contact details. The notice stays FAILED for the agency admins, who may resend it.',
  },
);

/** Payload of `public.notification.failed.v1`. */
export type NotificationFailedV1 = Static<typeof schema>;

export const notificationFailedV1 = defineEvent({
  topic: 'public.notification.failed.v1',
  producer: 'notification',
  subject: 'recipientEmployeeId',
  agency: 'agencyId',
  summary: 'A notice could not be delivered on one channel',
  description:
    'Published once per notice and channel when the retries with backoff are exhausted, the ' +
    'channel refuses it permanently, or the recipient has no address for the channel; again if ' +
    'an admin resend fails too (resent: true).',
  schema,
  example: {
    notificationId: 'ntf-5f0c2e7a9b14d8c3a6e1f2b7',
    agencyId: 'pemkab-sleman',
    recipientEmployeeId: 'c0a8e1f4-2d6b-4f39-8a1e-5b7c9d3e2f10',
    type: 'appraisal-feedback',
    channel: 'EMAIL',
    mandatory: true,
    causeEventId: '0e6f1d2c-8b3a-4c57-9d1e-7a2b4c6d8e90',
    causeEventType: 'id.go.jenjang.evaluation.appraisal-finalized.v1',
    attempts: 6,
    resent: false,
    failure: 'RETRIES_EXHAUSTED',
    reason: 'EMAIL_DEFERRED',
    failedAt: '2026-01-27T11:02:40+07:00',
  },
  personalData: [
    {
      path: 'recipientEmployeeId',
      why: 'Who did not receive the notice: the agency follows up with the person.',
    },
    {
      path: 'type',
      why: 'The kind of notice tells what happened to the person (e.g. a talent-box placement).',
    },
  ],
});
