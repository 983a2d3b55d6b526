import {
  type DynamicModule,
  Global,
  Inject,
  Injectable,
  Logger,
  Module,
  type OnApplicationShutdown,
  type OnModuleInit,
  Optional,
} from '@nestjs/common';
import mongoose, { type Connection } from 'mongoose';
import { getOrCreateCounter, HealthRegistry } from '@jenjang/observability';

export const MONGO_CONNECTION = Symbol('MONGO_CONNECTION');
export const MONGO_OPTIONS = Symbol('MONGO_OPTIONS');

export interface MongoModuleOptions {
  uri: string;
  appName: string;
  serverSelectionTimeoutMS?: number;
}

// Every command the service sends to the store, by command name (find, update, insert, …):
// what a unit of work costs in store operations (the benchmark reads it per appraisal).
const storeCommands = () =>
  getOrCreateCounter({
    name: 'jenjang_mongodb_commands_total',
    help: 'Commands sent to MongoDB, by command name and collection',
    labelNames: ['command', 'collection'],
  });

// Handshakes and heartbeats are the driver's own, not the service's work.
const HOUSEKEEPING = new Set(['hello', 'ismaster', 'isMaster', 'ping', 'endSessions', 'saslStart']);

export async function connectMongo(options: MongoModuleOptions): Promise<Connection> {
  // Mongoose otherwise captures `new Error().stack` on every query it runs, only to name the
  // first call in a "Query was already executed" error: about 1.5 % of a service's CPU under load
  // (scripts/bench/profile-top.mjs on the bench's profiles, issue 12).
  mongoose.set('skipOriginalStackTraces', true);
  // No serverApi: the development store (mongo-java-server) answers only the legacy handshake.
  const connection = mongoose.createConnection(options.uri, {
    appName: options.appName,
    serverSelectionTimeoutMS: options.serverSelectionTimeoutMS ?? 10_000,
    autoIndex: true,
    monitorCommands: true,
  });
  const counter = storeCommands();
  connection
    .getClient()
    .on('commandStarted', (event: { commandName: string; command: Record<string, unknown> }) => {
      if (HOUSEKEEPING.has(event.commandName)) return;
      // find/insert/update/delete/aggregate/findAndModify/count name their collection as the
      // command's value; getMore names it in `collection`.
      const target = event.command[event.commandName] ?? event.command.collection;
      const collection = typeof target === 'string' ? target : '';
      counter.inc({ command: event.commandName, collection });
    });
  await connection.asPromise();
  return connection;
}

@Injectable()
export class MongoLifecycle implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('Mongo');

  constructor(
    @Inject(MONGO_CONNECTION) private readonly connection: Connection,
    @Optional() private readonly health?: HealthRegistry,
  ) {}

  /**
   * Waits for every model's indexes (mongoose autoIndex) before the service takes requests or
   * events: the first writes must not race the index builds that create the same collections
   * (the development store fails one of two concurrent creations of a collection).
   */
  async onModuleInit(): Promise<void> {
    await Promise.all(
      Object.values(this.connection.models).map((model) =>
        model.init().catch((error: Error) => {
          this.logger.warn(`indexes of ${model.collection.collectionName}: ${error.message}`);
        }),
      ),
    );
    this.health?.register({
      name: 'mongodb',
      readiness: async () => {
        try {
          await this.connection.db?.admin().ping();
          return { ok: true };
        } catch (error) {
          return { ok: false, details: { error: (error as Error).message } };
        }
      },
    });
  }

  // Runs after the messaging server has drained (Nest closes transports before this hook), so
  // no in-flight handler loses its connection.
  async onApplicationShutdown(): Promise<void> {
    await this.connection.close();
    this.logger.log('MongoDB connection closed');
  }
}

@Global()
@Module({})
export class MongoModule {
  static forRoot(options: MongoModuleOptions): DynamicModule {
    return {
      module: MongoModule,
      providers: [
        { provide: MONGO_OPTIONS, useValue: options },
        { provide: MONGO_CONNECTION, useFactory: () => connectMongo(options) },
        MongoLifecycle,
      ],
      exports: [MONGO_CONNECTION],
    };
  }
}
