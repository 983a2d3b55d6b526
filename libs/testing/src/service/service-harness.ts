import { Global, Module, type ModuleMetadata, type Provider } from '@nestjs/common';
import { Test, type TestingModule } from '@nestjs/testing';
import type { EventContract } from '@jenjang/contracts';
import {
  EventPublisher,
  OutboxRelay,
  type EventInput,
  type OutgoingRecord,
} from '@jenjang/messaging';
import { MONGO_CONNECTION, type OutboxEntry } from '@jenjang/persistence';

/** The relay's stand-in: services only wake it after staging events. */
export class FakeOutboxRelay {
  wakes = 0;
  wake(): void {
    this.wakes += 1;
  }
}

/** The publisher's stand-in: keeps what a service published directly (not through an outbox). */
export class RecordingPublisher extends EventPublisher {
  readonly published: { topic: string; input: unknown }[] = [];
  readonly records: OutgoingRecord[] = [];

  publish<C extends EventContract>(contract: C, input: EventInput<C>): Promise<string> {
    this.published.push({ topic: contract.topic, input });
    return Promise.resolve(`recorded-${this.published.length}`);
  }
  publishEntry(entry: OutboxEntry): Promise<void> {
    this.published.push({ topic: entry.topic, input: JSON.parse(entry.payload) });
    return Promise.resolve();
  }
  send(record: OutgoingRecord): Promise<void> {
    this.records.push(record);
    return Promise.resolve();
  }
  sendAll(records: OutgoingRecord[]): Promise<void> {
    this.records.push(...records);
    return Promise.resolve();
  }
  disconnect(): Promise<void> {
    return Promise.resolve();
  }
}

// A repository a test did not fake may be built (its module declares it), but any use of its
// collection fails and names it, so a use case can never reach a real store unnoticed.
const unfaked = (what: string) =>
  new Proxy(
    {},
    {
      get: (_target, property) => {
        throw new Error(
          `the ${what} is not faked in this service test (used: ${String(property)}); ` +
            'give its repository a fake in buildServiceModule({ fakes })',
        );
      },
    },
  );
const unfakedConnection = {
  model: (name: string) => unfaked(`${name} collection`),
  collection: (name: string) => unfaked(`${name} collection`),
};

export interface ServiceModuleOptions {
  /** The feature modules under test, as the service's AppModule imports them. */
  imports: ModuleMetadata['imports'];
  /** Configuration and other values the modules inject (e.g. the service's config token). */
  providers?: Provider[];
  /** Repository classes (or any provider token) and the fakes that replace them. */
  fakes: [token: unknown, fake: unknown][];
}

export interface ServiceUnderTest {
  module: TestingModule;
  relay: FakeOutboxRelay;
  publisher: RecordingPublisher;
  get<T>(token: abstract new (...args: never[]) => T): T;
  close(): Promise<void>;
}

/**
 * Builds a service's feature modules the way Nest wires them, with fakes for the repositories and
 * the event publisher: the use cases run in milliseconds, with no Kafka and no MongoDB. The
 * integration tier still runs the same code against the real broker and store.
 */
export async function buildServiceModule(options: ServiceModuleOptions): Promise<ServiceUnderTest> {
  const relay = new FakeOutboxRelay();
  const publisher = new RecordingPublisher();

  @Global()
  @Module({
    providers: [
      { provide: MONGO_CONNECTION, useValue: unfakedConnection },
      { provide: OutboxRelay, useValue: relay },
      { provide: EventPublisher, useValue: publisher },
      ...(options.providers ?? []),
    ],
    exports: [MONGO_CONNECTION, OutboxRelay, EventPublisher, ...(options.providers ?? [])],
  })
  class FakeRuntimeModule {}

  let builder = Test.createTestingModule({
    imports: [FakeRuntimeModule, ...(options.imports ?? [])],
  });
  for (const [token, fake] of options.fakes) {
    builder = builder.overrideProvider(token).useValue(fake);
  }
  const module = await builder.compile();
  return {
    module,
    relay,
    publisher,
    get: <T>(token: abstract new (...args: never[]) => T) => module.get<T>(token),
    close: () => module.close(),
  };
}
