import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AgencySettingsRepository } from '../agency/agency-settings.repository';
import type { NotificationConfig } from '../config/notification.config';
import { PermanentChannelError, type OutgoingNotice } from './notice-channel';
import { WEBHOOK_FAILURES, WebhookChannel } from './webhook.channel';

// Receivers on loopback only: these tests send nothing anywhere else.
class Receiver {
  hits = 0;
  private server?: Server;
  constructor(private readonly answer: (res: import('node:http').ServerResponse) => void) {}
  get url() {
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}/hook`;
  }
  async start() {
    this.server = createServer((req, res) => {
      this.hits += 1;
      req.resume();
      req.on('end', () => this.answer(res));
    });
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    return this;
  }
  async stop() {
    await new Promise((r) => this.server?.close(r));
  }
}

const notice: OutgoingNotice = {
  deliveryId: 'ntf-1',
  agencyId: 'AG-1',
  recipient: { employeeId: 'emp-1' } as OutgoingNotice['recipient'],
  type: 'appraisal-feedback',
  mandatory: true,
  language: 'id',
  subject: 'S',
  body: 'B',
  causeEventId: 'ev-1',
  causeEventType: 'appraisal-finalized',
  createdAt: new Date('2026-01-01T00:00:00Z'),
  resent: false,
};

function channel(url: string, env: Partial<NotificationConfig> = {}) {
  const settings = {
    webhookOf: () =>
      Promise.resolve({ webhook: { url, secret: 'secret-0123456789', enabled: true } }),
  } as unknown as AgencySettingsRepository;
  const config = {
    NODE_ENV: 'development',
    WEBHOOK_ALLOW_LOOPBACK: true,
    WEBHOOK_TIMEOUT_MS: 2_000,
    ...env,
  } as NotificationConfig;
  return new WebhookChannel(settings, config);
}

async function failureOf(promise: Promise<void>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the send to fail');
}

describe(WebhookChannel.name, () => {
  const receivers: Receiver[] = [];
  const receiver = async (answer: ConstructorParameters<typeof Receiver>[0]) => {
    const r = await new Receiver(answer).start();
    receivers.push(r);
    return r;
  };

  afterEach(async () => {
    await Promise.all(receivers.splice(0).map((r) => r.stop()));
  });

  it('should deliver to an allowed address when it answers 2xx', async () => {
    const ok = await receiver((res) => res.writeHead(204).end());
    await channel(ok.url).send(notice);
    expect(ok.hits).toBe(1);
  });

  it('should refuse a loopback address at send time without the development flag', async () => {
    const target = await receiver((res) => res.writeHead(204).end());
    const error = await failureOf(
      channel(target.url, { WEBHOOK_ALLOW_LOOPBACK: false }).send(notice),
    );
    expect(error).toBeInstanceOf(PermanentChannelError);
    expect(error.message).toBe(WEBHOOK_FAILURES.ADDRESS_NOT_ALLOWED);
    expect(target.hits).toBe(0);
  });

  it('should refuse a name resolving to loopback without the development flag', async () => {
    const target = await receiver((res) => res.writeHead(204).end());
    // `localhost` resolves from the hosts file: no DNS query leaves the machine.
    const url = target.url.replace('127.0.0.1', 'localhost');
    const error = await failureOf(channel(url, { WEBHOOK_ALLOW_LOOPBACK: false }).send(notice));
    expect(error.message).toBe(WEBHOOK_FAILURES.ADDRESS_NOT_ALLOWED);
    expect(target.hits).toBe(0);
  });

  it('should refuse loopback and plain http in production even with the flag', async () => {
    const target = await receiver((res) => res.writeHead(204).end());
    const error = await failureOf(channel(target.url, { NODE_ENV: 'production' }).send(notice));
    expect(error.message).toBe(WEBHOOK_FAILURES.ADDRESS_NOT_ALLOWED);
    expect(target.hits).toBe(0);
  });

  it('should not follow a redirect and fail with a fixed reason', async () => {
    const inside = await receiver((res) => res.writeHead(204).end());
    const redirecting = await receiver((res) => res.writeHead(302, { location: inside.url }).end());
    const error = await failureOf(channel(redirecting.url).send(notice));
    expect(error).toBeInstanceOf(PermanentChannelError);
    expect(error.message).toBe(WEBHOOK_FAILURES.REDIRECT);
    expect(inside.hits).toBe(0);
  });

  it('should report a refusal by a fixed reason, not the remote status or body', async () => {
    const failing = await receiver((res) =>
      res.writeHead(503, 'Mongo at 10.0.0.7 is down').end('db password is hunter2'),
    );
    const retried = await failureOf(channel(failing.url).send(notice));
    expect(retried).not.toBeInstanceOf(PermanentChannelError);
    expect(retried.message).toBe(WEBHOOK_FAILURES.NOT_ACCEPTED);

    const missing = await receiver((res) => res.writeHead(404).end('no such hook'));
    const rejected = await failureOf(channel(missing.url).send(notice));
    expect(rejected).toBeInstanceOf(PermanentChannelError);
    expect(rejected.message).toBe(WEBHOOK_FAILURES.NOT_ACCEPTED);
  });
});
