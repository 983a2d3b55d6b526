import session from 'express-session';
import type { mongo } from 'mongoose';

type Collection<T extends mongo.Document> = mongo.Collection<T>;

/** One session: its data as JSON and when it lapses (a TTL index removes it after that). */
export interface SessionDocument {
  _id: string;
  data: string;
  expiresAt: Date;
}

type Done = (err?: unknown) => void;

/**
 * express-session's store in the MongoDB-compatible store, so that any replica of the portal
 * serves any session. `_id` is the session id (the only lookup: cheap on every store, see
 * PLATFORM.md); `expiresAt` follows the cookie, a TTL index deletes lapsed sessions and a read
 * ignores them until it does.
 */
export class MongoSessionStore extends session.Store {
  constructor(
    private readonly sessions: Collection<SessionDocument>,
    private readonly ttlMs: number,
    private readonly now: () => Date = () => new Date(),
  ) {
    super();
  }

  /** The TTL index; a store without TTL support (the development server) keeps lapsed ones. */
  static async ensureIndexes(sessions: Collection<SessionDocument>): Promise<boolean> {
    try {
      await sessions.createIndex({ expiresAt: 1 }, { expireAfterSeconds: 0 });
      return true;
    } catch {
      return false;
    }
  }

  private expiry(data: session.SessionData): Date {
    const expires = data.cookie?.expires;
    return expires ? new Date(expires) : new Date(this.now().getTime() + this.ttlMs);
  }

  override get(sid: string, done: (err: unknown, data?: session.SessionData | null) => void) {
    this.sessions
      .findOne({ _id: sid })
      .then((doc) => {
        if (!doc || doc.expiresAt <= this.now()) return done(null, null);
        done(null, JSON.parse(doc.data) as session.SessionData);
      })
      .catch((error: unknown) => done(error));
  }

  override set(sid: string, data: session.SessionData, done?: Done) {
    this.sessions
      .replaceOne(
        { _id: sid },
        { data: JSON.stringify(data), expiresAt: this.expiry(data) },
        { upsert: true },
      )
      .then(() => done?.())
      .catch((error: unknown) => done?.(error));
  }

  override touch(sid: string, data: session.SessionData, done?: Done) {
    this.sessions
      .updateOne({ _id: sid }, { $set: { expiresAt: this.expiry(data) } })
      .then(() => done?.())
      .catch((error: unknown) => done?.(error));
  }

  override destroy(sid: string, done?: Done) {
    this.sessions
      .deleteOne({ _id: sid })
      .then(() => done?.())
      .catch((error: unknown) => done?.(error));
  }
}
