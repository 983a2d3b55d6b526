import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import mongoose, { type Connection } from 'mongoose';
import type { Logger } from 'pino';
import { MongoSessionStore, type SessionDocument } from './mongo-session.store';

/** The connection to the session store; null when sessions live in memory (development). */
export const SESSION_CONNECTION = Symbol('SESSION_CONNECTION');

/** Connects to the shared session store, with its TTL index where the store supports one. */
export async function connectSessionStore(
  uri: string,
  ttlSeconds: number,
  logger: Logger,
): Promise<{ connection: Connection; store: MongoSessionStore }> {
  const connection = await mongoose
    .createConnection(uri, { appName: 'portal', serverSelectionTimeoutMS: 10_000 })
    .asPromise();
  const sessions = connection.db!.collection<SessionDocument>('portal_sessions');
  if (!(await MongoSessionStore.ensureIndexes(sessions))) {
    logger.warn('the session store has no TTL index: lapsed sessions stay until deleted');
  }
  return { connection, store: new MongoSessionStore(sessions, ttlSeconds * 1000) };
}

/** Closes the session store's connection when the application stops. */
@Injectable()
export class SessionConnectionCloser implements OnApplicationShutdown {
  constructor(@Inject(SESSION_CONNECTION) private readonly connection: Connection | null) {}

  async onApplicationShutdown(): Promise<void> {
    await this.connection?.close();
  }
}
