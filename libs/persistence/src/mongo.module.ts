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
import { HealthRegistry } from '@jenjang/observability';

export const MONGO_CONNECTION = Symbol('MONGO_CONNECTION');
export const MONGO_OPTIONS = Symbol('MONGO_OPTIONS');

export interface MongoModuleOptions {
  uri: string;
  appName: string;
  serverSelectionTimeoutMS?: number;
}

export async function connectMongo(options: MongoModuleOptions): Promise<Connection> {
  // No serverApi: the development store (mongo-java-server) answers only the legacy handshake.
  const connection = mongoose.createConnection(options.uri, {
    appName: options.appName,
    serverSelectionTimeoutMS: options.serverSelectionTimeoutMS ?? 10_000,
    autoIndex: true,
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

  onModuleInit(): void {
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
