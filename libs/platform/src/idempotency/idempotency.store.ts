import { randomUUID } from 'node:crypto';
import type { Collection } from 'mongoose';
import { isDuplicateKey } from '@jenjang/persistence';
import { IdempotencyKeyInUseError, IdempotencyKeyReusedError } from './idempotency-errors';

export const IDEMPOTENCY_COLLECTION = 'idempotency';

/** The first answer, replayed to retries. `body` is the JSON text (absent for no body). */
export interface StoredResponse {
  readonly status: number;
  readonly body?: string;
  readonly location?: string;
}

export interface IdempotencyRecord {
  _id: string;
  fingerprint: string;
  state: 'processing' | 'completed';
  /** Which attempt holds the record; only it may complete or release it. */
  owner: string;
  /** A processing record older than this was left by a crashed process and may be taken over. */
  lockedUntil: Date;
  createdAt: Date;
  /** The TTL index removes the record after this (not on the development store: see below). */
  expiresAt: Date;
  response?: StoredResponse;
}

export interface IdempotencyTimings {
  readonly ttlMs: number;
  readonly lockMs: number;
}

export type BeginOutcome =
  | { readonly kind: 'started'; readonly owner: string }
  | { readonly kind: 'replay'; readonly response: StoredResponse };

const ATTEMPTS = 5;

/**
 * The `idempotency` collection. Records expire through a TTL index on `expiresAt`; the record
 * is also treated as absent once `expiresAt` has passed, because the TTL monitor runs only once
 * a minute and the development store (mongo-java-server) accepts TTL indexes but never expires.
 */
export class IdempotencyStore {
  constructor(
    private readonly collection: Collection<IdempotencyRecord>,
    private readonly timings: IdempotencyTimings,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async ensureIndexes(): Promise<void> {
    await this.collection.createIndex({ expiresAt: 1 }, { expireAfterSeconds: 0 });
  }

  /**
   * Claims the key for this request, or answers what the first request answered. Throws
   * IdempotencyKeyReusedError for another body, IdempotencyKeyInUseError while the first runs.
   */
  async begin(id: string, fingerprint: string): Promise<BeginOutcome> {
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const fresh = this.freshRecord(id, fingerprint);
      try {
        await this.collection.insertOne(fresh);
        return { kind: 'started', owner: fresh.owner };
      } catch (error) {
        if (!isDuplicateKey(error)) throw error;
      }
      const existing = await this.collection.findOne({ _id: id });
      if (!existing) continue; // released in between: insert again
      const now = this.now().getTime();
      const expired = existing.expiresAt.getTime() <= now;
      if (!expired && existing.fingerprint !== fingerprint) throw new IdempotencyKeyReusedError();
      if (!expired && existing.state === 'completed' && existing.response) {
        return { kind: 'replay', response: existing.response };
      }
      if (!expired && existing.lockedUntil.getTime() > now) throw new IdempotencyKeyInUseError();
      // Expired, or a processing record whose owner died: take it over, unless another
      // request does so first (the owner in the filter makes the takeover atomic).
      const taken = await this.collection.replaceOne({ _id: id, owner: existing.owner }, fresh);
      if (taken.modifiedCount === 1) return { kind: 'started', owner: fresh.owner };
    }
    throw new IdempotencyKeyInUseError();
  }

  /** Keeps the answer for retries; false when the claim was lost (lock timed out). */
  async complete(id: string, owner: string, response: StoredResponse): Promise<boolean> {
    const res = await this.collection.updateOne(
      { _id: id, owner, state: 'processing' },
      { $set: { state: 'completed', response } },
    );
    return res.modifiedCount === 1;
  }

  /** Forgets the claim so that a retry runs the request again. */
  async release(id: string, owner: string): Promise<void> {
    await this.collection.deleteOne({ _id: id, owner, state: 'processing' });
  }

  private freshRecord(id: string, fingerprint: string): IdempotencyRecord {
    const now = this.now();
    return {
      _id: id,
      fingerprint,
      state: 'processing',
      owner: randomUUID(),
      lockedUntil: new Date(now.getTime() + this.timings.lockMs),
      createdAt: now,
      expiresAt: new Date(now.getTime() + this.timings.ttlMs),
    };
  }
}
