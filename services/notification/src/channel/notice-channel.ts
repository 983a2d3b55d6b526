import type { Recipient } from '../recipient/domain/recipient';
import type { Channel } from '../rule/domain/rule';
import type { Language } from '../template/domain/labels';

/** A rendered notice on its way to one recipient through one channel. */
export interface OutgoingNotice {
  deliveryId: string;
  agencyId: string;
  recipient: Recipient;
  type: string;
  mandatory: boolean;
  language: Language;
  subject: string;
  body: string;
  causeEventId: string;
  causeEventType: string;
  createdAt: Date;
  /** True when an admin asked for it again (the inbox shows it as unread again). */
  resent: boolean;
  /**
   * The delivery's round (1, then one more per resend); with the delivery id it names the email
   * (Message-ID), the same on every retry of the round. Absent for a digest.
   */
  round?: number;
}

/**
 * One way of reaching people. Adding SMS or WhatsApp is one more class implementing this, listed
 * in ChannelModule. `send` resolves when the channel accepted the notice and throws otherwise:
 * PermanentChannelError when retrying cannot help, anything else is retried with backoff.
 */
export interface NoticeChannel {
  readonly channel: Channel;
  /**
   * True for a channel that writes to this service's own store (the inbox) and waits on nothing
   * else: the dispatcher sends a whole batch of its notices at once, so their writes share one
   * command. A channel to another server (SMTP, a webhook) is sent DISPATCH_CONCURRENCY at a time.
   */
  readonly local?: boolean;
  send(notice: OutgoingNotice): Promise<void>;
}

export class PermanentChannelError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PermanentChannelError';
  }
}

export const NOTICE_CHANNELS = Symbol('NOTICE_CHANNELS');
