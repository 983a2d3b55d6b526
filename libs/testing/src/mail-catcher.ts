import { createServer, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** One message as the SMTP server received it. */
export interface CaughtMail {
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
  receivedAt: string;
}

export interface MailCatcherOptions {
  port?: number;
  host?: string;
  /** Refuse this many deliveries first (SMTP 451, a temporary failure), to test retries. */
  refuseFirst?: number;
  /**
   * Keep each message, parsed (the default). Off, a message is read to its end and only counted
   * (`received`): the bench's mailbox for tens of thousands of emails, whose parsing would be
   * the test's own work on the machine it measures.
   */
  keep?: boolean;
  /** Answer each kept message this many milliseconds late: a slow mail server, a backlog. */
  delayMs?: number;
}

/**
 * A real SMTP server (the `smtp-server` package) that keeps what arrives: the tests' and the
 * development platform's mailbox. No TLS, no authentication: 127.0.0.1 only.
 */
export class MailCatcher {
  readonly messages: CaughtMail[] = [];
  /** Messages accepted, kept or not. */
  received = 0;
  refused = 0;
  private refuseLeft: number;
  private refuseMatch?: (mail: CaughtMail) => boolean;
  private server?: SMTPServer;
  private http?: Server;

  constructor(private readonly options: MailCatcherOptions = {}) {
    this.refuseLeft = options.refuseFirst ?? 0;
  }

  get port(): number {
    const address = this.server?.server.address() as AddressInfo | null;
    return address?.port ?? 0;
  }

  /**
   * Refuse the next `count` deliveries with a temporary failure; with `match`, only deliveries it
   * matches (others are kept as usual), so a test's refusals are not taken by mail that other
   * services' instances cause on the shared topics.
   */
  refuseNext(count: number, match?: (mail: CaughtMail) => boolean): void {
    this.refuseLeft = count;
    this.refuseMatch = match;
  }

  /** Mail to `address`; with `types`, only notices of those types (X-Jenjang-Notification-Type). */
  to(address: string, ...types: string[]): CaughtMail[] {
    return this.messages.filter(
      (m) =>
        m.to.includes(address) &&
        (types.length === 0 || types.includes(m.headers['x-jenjang-notification-type'])),
    );
  }

  async start(): Promise<this> {
    this.server = new SMTPServer({
      secure: false,
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData: (stream, session, callback) => {
        if (this.options.keep === false && this.refuseLeft === 0) {
          stream.on('end', () => ((this.received += 1), callback()));
          stream.resume();
          return;
        }
        simpleParser(stream).then(
          (mail) => {
            const headers: Record<string, string> = {};
            for (const [name, value] of mail.headers) {
              if (typeof value === 'string') headers[name] = value;
            }
            const caught: CaughtMail = {
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
              to: session.envelope.rcptTo.map((r) => r.address),
              subject: mail.subject ?? '',
              text: mail.text ?? '',
              html: typeof mail.html === 'string' ? mail.html : '',
              headers,
              receivedAt: new Date().toISOString(),
            };
            if (this.refuseLeft > 0 && (this.refuseMatch?.(caught) ?? true)) {
              this.refuseLeft -= 1;
              this.refused += 1;
              const error = Object.assign(new Error('mailbox busy, try again later'), {
                responseCode: 451,
              });
              callback(error);
              return;
            }
            const accept = () => {
              this.messages.push(caught);
              this.received += 1;
              callback();
            };
            if (this.options.delayMs) setTimeout(accept, this.options.delayMs);
            else accept();
          },
          (error: Error) => callback(error),
        );
      },
    });
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject);
      this.server!.listen(this.options.port ?? 0, this.options.host ?? '127.0.0.1', resolve);
    });
    return this;
  }

  /**
   * Shows what arrived over HTTP: `GET /messages` (all) or `GET /messages?to=<address>`, as JSON.
   * Resolves the base URL. Another process (a test worker, a developer's browser) reads the
   * mailbox through it: see RemoteMailbox.
   */
  async serveHttp(port = 0, host = '127.0.0.1'): Promise<string> {
    this.http = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (url.pathname !== '/messages') {
        res.writeHead(404).end();
        return;
      }
      const to = url.searchParams.get('to');
      const messages = to ? this.to(to) : this.messages;
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(messages));
    });
    await new Promise<void>((resolve, reject) => {
      this.http!.once('error', reject);
      this.http!.listen(port, host, resolve);
    });
    const address = this.http.address() as AddressInfo;
    return `http://${host}:${address.port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) =>
      this.http ? this.http.close(() => resolve()) : resolve(),
    );
    await new Promise<void>((resolve) => (this.server ? this.server.close(resolve) : resolve()));
  }
}

/** A MailCatcher in another process, read through its HTTP view (MailCatcher.serveHttp). */
export class RemoteMailbox {
  constructor(private readonly baseUrl: string) {}

  async to(address: string): Promise<CaughtMail[]> {
    const res = await fetch(`${this.baseUrl}/messages?to=${encodeURIComponent(address)}`);
    if (!res.ok) throw new Error(`mailbox ${this.baseUrl}: HTTP ${res.status}`);
    return (await res.json()) as CaughtMail[];
  }
}
