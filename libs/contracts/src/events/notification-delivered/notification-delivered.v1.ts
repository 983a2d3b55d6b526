import { Type, type Static } from '@sinclair/typebox';
import { defineEvent } from '../../define-event';
import { notificationIdentity } from '../notification-vocabulary';

const schema = Type.Object(
  {
    ...notificationIdentity,
    /** True when the notice went out inside the recipient's daily digest. */
    digest: Type.Boolean({ description: "True when sent inside the recipient's daily digest" }),
    /** When the channel accepted the notice (inbox stored, SMTP accepted, webhook answered 2xx). */
    deliveredAt: Type.String({
      format: 'date-time',
      description: 'When the channel accepted the notice',
    }),
  },
  {
    description:
      'A notice reached its channel. For analytics: no message body, no contact details, no ' +
      'names; join to the cause event with causeEventId.',
  },
);

/** Payload of `public.notification.delivered.v1`. */
export type NotificationDeliveredV1 = Static<typeof schema>;

export const notificationDeliveredV1 = defineEvent({
  topic: 'public.notification.delivered.v1',
  producer: 'notification',
  subject: 'recipientEmployeeId',
  agency: 'agencyId',
  summary: 'A notice was delivered on one channel',
  description:
    'Published once per notice and channel when the channel accepts it (the in-app inbox stored ' +
    'it, the SMTP server accepted the mail, the agency webhook answered 2xx), and again after an ' +
    'admin resend (resent: true). Redeliveries of the cause event never produce a second one.',
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
    attempts: 2,
    resent: false,
    digest: false,
    deliveredAt: '2026-01-27T09:16:04+07:00',
  },
  personalData: [
    {
      path: 'recipientEmployeeId',
      why: 'Who received the notice: reach of mandatory feedback notices per agency.',
    },
    {
      path: 'type',
      why: 'The kind of notice tells what happened to the person (e.g. a talent-box placement).',
    },
  ],
});
