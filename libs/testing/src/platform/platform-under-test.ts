import { allContracts, retryTopic } from '@jenjang/contracts';
import { createTopics, databaseUri, positionAtEnd, randomLetters } from '../kafka';
import { MailCatcher, RemoteMailbox } from '../mail-catcher';
import { freePort } from '../net';
import { ServiceProcess } from '../process';
import { waitUntil } from '../wait';

export const SERVICE_NAMES = [
  'evaluation',
  'competency',
  'training',
  'career-planning',
  'notification',
] as const;
export type ServiceName = (typeof SERVICE_NAMES)[number];

export interface PlatformOptions {
  brokers: string[];
  mongoUri: string;
  /** Which services to run (default all five). */
  services?: readonly ServiceName[];
  /** Extra environment per service (e.g. a tuned setting). */
  env?: Partial<Record<ServiceName, Record<string, string>>>;
  /** The mail catcher refuses this many deliveries first. */
  refuseFirstMails?: number;
  /** Keep (parse) every email the mailbox receives; off for the bench (MailCatcher `keep`). */
  keepMails?: boolean;
}

export interface RunningService {
  name: ServiceName;
  port: number;
  url: string;
  groupId: string;
  database: string;
  proc: ServiceProcess;
}

/**
 * The five services as separate processes (as in production) on the real broker and store, each
 * with its own database and consumer group for this run, and a real SMTP server as the mailbox.
 * A run's consumer groups start at the current end of the public topics, so what earlier runs
 * left on the shared broker is not replayed into this one.
 */
export class PlatformUnderTest {
  readonly run = randomLetters(6);
  readonly services = new Map<ServiceName, RunningService>();
  mail!: MailCatcher;

  constructor(private readonly options: PlatformOptions) {}

  url(name: ServiceName): string {
    const service = this.services.get(name);
    if (!service) throw new Error(`${name} is not running in this platform`);
    return service.url;
  }

  async start(): Promise<this> {
    // Never leave services behind when the process running them ends, however it ends.
    process.once('exit', () => {
      for (const s of this.services.values()) s.proc.kill('SIGKILL');
    });
    this.mail = await new MailCatcher({
      refuseFirst: this.options.refuseFirstMails,
      keep: this.options.keepMails,
    }).start();
    const names = this.options.services ?? SERVICE_NAMES;
    const groups = names.map((name) => `jenjang.${name}-${this.run}`);
    await createTopics(this.options.brokers, groups.map(retryTopic), 6);
    await positionAtEnd(
      this.options.brokers,
      groups,
      allContracts().map((c) => c.topic),
    );
    for (const name of names) this.launch(name, await freePort());
    await Promise.all(names.map((name) => this.readyOnSomePort(name)));
    return this;
  }

  /**
   * Waits for a service just launched; when another process took its port between freePort and
   * its listen (EADDRINUSE), launches it again on another port.
   */
  private async readyOnSomePort(name: ServiceName, attempts = 3): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.waitReady(name);
      } catch (error) {
        const proc = this.services.get(name)!.proc;
        const portTaken = proc.hasExited && proc.lines.some((l) => l.includes('EADDRINUSE'));
        if (!portTaken || attempt >= attempts) throw error;
        this.launch(name, await freePort());
      }
    }
  }

  /** Starts (or restarts, on the same port, database and group) one service. */
  launch(name: ServiceName, port = this.services.get(name)?.port ?? 0): RunningService {
    const database = `e2e-${this.run}-${name}`;
    const groupId = `jenjang.${name}-${this.run}`;
    const proc = new ServiceProcess(
      `services/${name}/src/main.ts`,
      {
        PORT: String(port),
        LOG_LEVEL: process.env.JENJANG_E2E_LOG_LEVEL ?? 'warn',
        KAFKA_BROKERS: this.options.brokers.join(','),
        MONGODB_URI: databaseUri(this.options.mongoUri, database),
        KAFKA_GROUP_ID: groupId,
        // Evaluation's relay paces bulks by the lag of this run's groups (its default names the
        // production groups).
        ...(name === 'evaluation'
          ? {
              OUTBOX_PACE_GROUPS: SERVICE_NAMES.filter((n) => n !== 'evaluation')
                .map((n) => `jenjang.${n}-${this.run}`)
                .join(','),
            }
          : {}),
        SMTP_HOST: '127.0.0.1',
        SMTP_PORT: String(this.mail.port),
        // Every test and benchmark request comes from 127.0.0.1: a per-address limit would count
        // them all as one client. The per-person limit stays on, as in production.
        RATE_LIMIT_PER_ADDRESS: '0',
        ...this.options.env?.[name],
      },
      name,
    );
    const service = { name, port, url: `http://127.0.0.1:${port}`, groupId, database, proc };
    this.services.set(name, service);
    return service;
  }

  /**
   * Ready when this service (not another process on its port) answers ready; fails at once when
   * its process has exited.
   */
  async waitReady(name: ServiceName, timeoutMs = 120_000): Promise<void> {
    const service = this.services.get(name)!;
    const exited = service.proc.exited.then(() => {
      throw new Error(`${name} exited before it was ready`);
    });
    const ready = waitUntil(
      `${name} ready`,
      async () => {
        const res = await fetch(`${service.url}/health/ready`).catch(() => undefined);
        if (!res?.ok) return undefined;
        const about = (await (await fetch(`${service.url}/api/v1/about`)).json()) as {
          name?: string;
        };
        if (about.name !== name) {
          throw new Error(`${service.url} answers as ${about.name ?? 'another server'}`);
        }
        return true;
      },
      timeoutMs,
    );
    await Promise.race([ready, exited]).catch((error: Error) => {
      throw new Error(`${error.message}\n${service.proc.output()}`);
    });
  }

  /** SIGKILL: no shutdown hooks, in-flight work is lost as in a crash. */
  async kill(name: ServiceName): Promise<void> {
    const service = this.services.get(name)!;
    service.proc.kill('SIGKILL');
    await service.proc.exited;
  }

  async restart(name: ServiceName): Promise<void> {
    this.launch(name);
    await this.waitReady(name);
  }

  async stop(): Promise<void> {
    await Promise.all([...this.services.values()].map((s) => s.proc.stop()));
    await this.mail?.stop();
  }

  /**
   * Serves the mailbox over HTTP and returns what another process needs to use this platform
   * (the e2e tier starts it once in its global setup; every spec attaches to it).
   */
  async share(): Promise<PlatformDescriptor> {
    const mailUrl = await this.mail.serveHttp();
    const services: PlatformDescriptor['services'] = {};
    for (const [name, s] of this.services) {
      services[name] = { url: s.url, port: s.port, groupId: s.groupId, database: s.database };
    }
    return { run: this.run, services, mailUrl };
  }
}

/** A running platform as another process sees it: URLs, groups and databases, the mailbox. */
export interface PlatformDescriptor {
  run: string;
  services: Partial<
    Record<ServiceName, { url: string; port: number; groupId: string; database: string }>
  >;
  mailUrl: string;
}

export const SHARED_PLATFORM_ENV = 'JENJANG_E2E_PLATFORM';

/** The platform the e2e tier's global setup started (PlatformUnderTest.share), seen from a spec. */
export class SharedPlatform {
  readonly mail: RemoteMailbox;

  constructor(readonly descriptor: PlatformDescriptor) {
    this.mail = new RemoteMailbox(descriptor.mailUrl);
  }

  static attach(): SharedPlatform {
    const raw = process.env[SHARED_PLATFORM_ENV];
    if (!raw) {
      throw new Error(
        `${SHARED_PLATFORM_ENV} is not set: e2e specs run under jest.e2e.config.js, whose global setup starts the platform`,
      );
    }
    return new SharedPlatform(JSON.parse(raw) as PlatformDescriptor);
  }

  get run(): string {
    return this.descriptor.run;
  }

  url(name: ServiceName): string {
    const service = this.descriptor.services[name];
    if (!service) throw new Error(`${name} is not running in this platform`);
    return service.url;
  }
}
