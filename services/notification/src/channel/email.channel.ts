import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { createTransport, type SendMailOptions, type Transporter } from 'nodemailer';
import MailComposer from 'nodemailer/lib/mail-composer';
import { NOTIFICATION_CONFIG, type NotificationConfig } from '../config/notification.config';
import { FAILURE_REASONS } from './domain/failure-reason';
import { htmlOf } from './email-body';
import { PermanentChannelError, type NoticeChannel, type OutgoingNotice } from './notice-channel';

/** Email over SMTP (nodemailer) to the configured server. */
@Injectable()
export class EmailChannel implements NoticeChannel, OnApplicationShutdown {
  readonly channel = 'EMAIL' as const;
  private readonly transport: Transporter;
  /** The domain of the sender's address: the right-hand side of each email's Message-ID. */
  private readonly domain: string;

  constructor(@Inject(NOTIFICATION_CONFIG) private readonly config: NotificationConfig) {
    this.domain = /@([^>\s]+)>?\s*$/.exec(config.MAIL_FROM)?.[1] ?? 'jenjang.go.id';
    this.transport = createTransport({
      // Connections kept open and reused: a connection (TCP, greeting, EHLO) per email was most
      // of an email's cost in a year-end burst.
      pool: true,
      maxConnections: config.SMTP_MAX_CONNECTIONS,
      host: config.SMTP_HOST,
      port: config.SMTP_PORT,
      secure: config.SMTP_SECURE,
      ...(config.SMTP_USER ? { auth: { user: config.SMTP_USER, pass: config.SMTP_PASSWORD } } : {}),
      connectionTimeout: config.SMTP_TIMEOUT_MS,
      greetingTimeout: config.SMTP_TIMEOUT_MS,
      socketTimeout: config.SMTP_TIMEOUT_MS,
    });
  }

  async send(notice: OutgoingNotice): Promise<void> {
    const to = notice.recipient.email;
    if (!to) throw new PermanentChannelError(FAILURE_REASONS.EMAIL_NO_ADDRESS);
    // Composed whole before it is sent: streamed, the message went to the socket in a write per
    // MIME part and header block (16 socket writes per email on both sides against 7), and
    // socket writes were a tenth of the services' CPU in the bench, where a year-end burst sends
    // two emails per appraisal. The same bytes either way: Date and Message-ID are the composer's.
    try {
      const message = new MailComposer(this.mailOf(notice, to)).compile();
      await this.transport.sendMail({
        envelope: message.getEnvelope(),
        raw: await message.build(),
      });
    } catch (error) {
      const code = (error as { responseCode?: number }).responseCode;
      // 5xx is a permanent refusal (no such mailbox, policy); 4xx and network errors may pass later.
      // The server's text stays in the log (the dispatcher's); the event gets a fixed code.
      if (code !== undefined && code >= 500) {
        throw Object.assign(new PermanentChannelError(FAILURE_REASONS.EMAIL_REJECTED), {
          cause: error,
        });
      }
      throw error;
    }
  }

  private mailOf(notice: OutgoingNotice, to: string): SendMailOptions {
    return {
      // One Message-ID per delivery and round: a retry after an answer that was lost is the
      // same email to the receiving server, which may drop the copy; a resend is a new one.
      // The boundaries follow it (nodemailer otherwise draws random bytes for each part).
      ...(notice.round !== undefined
        ? {
            messageId: `<${notice.deliveryId}.${notice.round}@${this.domain}>`,
            baseBoundary: `${notice.deliveryId.replace(/-/g, '')}${notice.round}`,
          }
        : {}),
      from: this.config.MAIL_FROM,
      to,
      subject: notice.subject,
      text: notice.body,
      html: htmlOf(notice.subject, notice.body),
      headers: {
        'X-Jenjang-Notification-Id': notice.deliveryId,
        'X-Jenjang-Notification-Type': notice.type,
        'Content-Language': notice.language,
      },
    };
  }

  // After every module's destroy hook, the dispatcher's among them: it stops sending there and
  // waits for the sends under way. Closed earlier, the pool failed each email the dispatcher still
  // took from its queue ("Connection pool was closed"), a failed attempt stored for every one.
  onApplicationShutdown(): void {
    this.transport.close();
  }
}
