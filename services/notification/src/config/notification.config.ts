import { z } from 'zod';
import { baseServiceEnv, type ConfigOf, defineConfig } from '@jenjang/config';

const bool = z
  .enum(['true', 'false'], { message: 'must be true or false' })
  .transform((v) => v === 'true');
const positiveInt = z.coerce
  .number({ invalid_type_error: 'must be a number' })
  .int('must be a whole number')
  .min(1, 'must be at least 1');
const msList = z
  .string()
  .transform((v) => v.split(',').map((s) => Number(s.trim())))
  .refine((list) => list.length > 0 && list.every((n) => Number.isInteger(n) && n >= 0), {
    message: 'must be comma-separated milliseconds, e.g. 30000,120000',
  });

// The only place this service's environment is described.
export const notificationConfig = defineConfig(
  baseServiceEnv({ serviceName: 'notification', port: 3005 }).extend({
    /** The SMTP server email goes through (the agency relay, or the MailCatcher in development). */
    SMTP_HOST: z.string().min(1).default('127.0.0.1'),
    SMTP_PORT: positiveInt.max(65535).default(1025),
    /** true: TLS from the start (port 465); false: plain, upgraded with STARTTLS when offered. */
    SMTP_SECURE: bool.default('false'),
    SMTP_USER: z.string().min(1).optional(),
    SMTP_PASSWORD: z.string().min(1).optional(),
    SMTP_TIMEOUT_MS: positiveInt.default(10_000),
    /**
     * SMTP connections kept open and reused (nodemailer's pool); the dispatcher's senders beyond
     * them wait for a free one. An email takes four round trips (MAIL, RCPT, DATA, the message),
     * each waiting on a busy event loop at both ends, so a connection carries about ten emails a
     * second under load, whatever the CPU left: a year-end burst (about 2 emails per appraisal)
     * held the whole loop to 66 appraisals a second with 8 connections, and on a faster machine
     * its emails fell 2,000 behind with 16 (about 100 ms per email over 16 connections, measured
     * in the dispatcher) until the notices waited for them; with 32 they keep up (issue 12,
     * docs/benchmark). Postfix, as a relay, accepts up to 50 connections from one client by
     * default (smtpd_client_connection_count_limit); a relay that allows fewer needs this lower.
     */
    SMTP_MAX_CONNECTIONS: positiveInt.max(64, 'must be at most 64').default(32),
    MAIL_FROM: z.string().min(3).default('Jenjang <no-reply@jenjang.go.id>'),
    /** Base URL of the portal that event links (`/api/v1/...`) are opened in. */
    PORTAL_URL: z.string().url('must be a URL').default('http://localhost:3005'),
    /** Wait before each retry of a failed delivery; attempts = this list's length + 1. */
    DELIVERY_BACKOFF_MS: msList.default('30000,120000,600000,1800000,7200000'),
    /**
     * How often the dispatcher sweeps the queue for due deliveries nobody told it about: another
     * replica's retries, a crashed replica's leases, digests. New deliveries and this process's
     * own retries are sent without it (by _id); the sweep is a query over the whole queue.
     */
    DISPATCH_POLL_MS: positiveInt.default(15_000),
    /**
     * A sweep that found nothing due doubles the wait before the next one, up to this; one that
     * found something (a resend's sweep, asked for at once, for one) goes back to
     * DISPATCH_POLL_MS. While everything is sent in process, the query over the whole queue runs
     * seldom. The longest a crashed replica's notices or a digest wait for the sweep.
     */
    DISPATCH_POLL_MAX_MS: positiveInt.default(120_000),
    /** How long a claimed delivery stays with one replica before another may take it over. */
    DISPATCH_LEASE_MS: positiveInt.default(60_000),
    /**
     * Deliveries of remote channels under way at once (each is leased on its own): while some
     * wait for the store, others use the SMTP connections (SMTP_MAX_CONNECTIONS), so twice as many.
     */
    DISPATCH_CONCURRENCY: positiveInt.max(64, 'must be at most 64').default(64),
    /**
     * New deliveries waiting in this process to be sent, beyond which the event handlers wait
     * (the backlog stays in Kafka): bounds the memory a burst takes.
     */
    DISPATCH_QUEUE_MAX: positiveInt.default(2_000),
    WEBHOOK_TIMEOUT_MS: positiveInt.default(5_000),
    /**
     * Tests and local development only: lets a webhook point at this machine (127.0.0.0/8, ::1),
     * where the test receivers listen. Off by default; ignored when NODE_ENV=production. Private,
     * link-local and metadata addresses stay refused either way.
     */
    WEBHOOK_ALLOW_LOOPBACK: bool.default('false'),
  }),
  'notification',
);

export type NotificationConfig = ConfigOf<typeof notificationConfig>;

export const NOTIFICATION_CONFIG = Symbol('NOTIFICATION_CONFIG');
