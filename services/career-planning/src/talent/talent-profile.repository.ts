import { Inject, Injectable } from '@nestjs/common';
import type { Connection, FilterQuery, Model } from 'mongoose';
import {
  BatchedReads,
  isDuplicateKey,
  MONGO_CONNECTION,
  TenantScopedRepository,
  WriteBatcher,
  type AgencyScope,
  type OutboxEntry,
} from '@jenjang/persistence';
import { TalentProfileSchema, type TalentProfileDoc } from './talent-profile.schema';

export type TalentProfile = Omit<TalentProfileDoc, '_id' | 'outbox' | 'outboxLease'> & {
  id: string;
};

export function toProfile(doc: TalentProfileDoc): TalentProfile {
  const { _id, outbox: _o, outboxLease: _l, ...rest } = doc;
  return { id: _id, ...rest };
}

export const profileId = (agencyId: string, employeeId: string) => `${agencyId}/${employeeId}`;

/** What an effect changes: fields to set and events to publish with them. */
export interface ProfileChange {
  set: Partial<TalentProfileDoc>;
  events: OutboxEntry[];
}

export type ProfileMutation = (current: TalentProfile) => ProfileChange | null;

/** One effect on one person's profile, for applyMany. */
export interface ProfileEffect {
  employeeId: string;
  effectId: string;
  mutate: ProfileMutation;
}

/** Values appended to an array field: `$each`, kept sorted or trimmed as MongoDB's `$push` does. */
interface Appended {
  $each: unknown[];
  $sort?: Record<string, 1 | -1>;
  $slice?: number;
}

/**
 * An effect written without reading the profile first, valid while the profile is as `when`
 * says (or absent): fields to set, values to append, and for a new profile the fields `insert`
 * gives beside the empty ones. It stages no events: an effect that publishes needs the profile.
 */
export interface DirectChange {
  when: FilterQuery<TalentProfileDoc>;
  set: Partial<TalentProfileDoc>;
  push?: Partial<Record<'predikatHistory' | 'trainings', Appended>>;
  insert?: Partial<TalentProfileDoc>;
}

const KEEP_APPLIED = 300;
const ATTEMPTS = 5;

export class ProfileWriteConflictError extends Error {
  constructor(id: string) {
    super(`talent profile ${id} kept changing under us; retry`);
  }
}

@Injectable()
export class TalentProfileRepository extends TenantScopedRepository<
  TalentProfileDoc,
  TalentProfile
> {
  private readonly profiles: Model<TalentProfileDoc>;
  /** applyDirect's upserts, of the handlers running at once, in one bulkWrite (issue 12). */
  private readonly directWrites: WriteBatcher<TalentProfileDoc>;
  /** applyOnce's reads by _id, of the handlers running at once, in one find (issue 12). */
  private readonly byIds: BatchedReads<TalentProfileDoc, TalentProfileDoc>;

  constructor(@Inject(MONGO_CONNECTION) connection: Connection) {
    const model = connection.model<TalentProfileDoc>('TalentProfile', TalentProfileSchema);
    super(model);
    this.profiles = model;
    // Fields left undefined by an effect are not written, as mongoose leaves them out.
    this.directWrites = new WriteBatcher(model, 500, { ignoreUndefined: true });
    this.byIds = new BatchedReads(model, '_id', (doc) => doc);
  }

  protected toPlain(doc: TalentProfileDoc): TalentProfile {
    return toProfile(doc);
  }

  of(scope: AgencyScope, employeeId: string): Promise<TalentProfile | null> {
    return this.findOne(scope, { employeeId });
  }

  list(scope: AgencyScope, filter: { unitId?: string; boxes?: number[] } = {}, limit = 5000) {
    const f: Record<string, unknown> = {};
    if (filter.unitId) f.unitId = filter.unitId;
    if (filter.boxes) f['placement.box'] = { $in: filter.boxes };
    return this.find(scope, f, { sort: { employeeId: 1 }, limit });
  }

  /**
   * Applies one effect exactly once: `mutate` sees the current record (an empty one the first
   * time) and returns the change, or null for none. The write is guarded by the revision read and
   * by `appliedEvents` not holding `effectId` yet, and records `effectId` in the same update; a
   * redelivery finds it there and does nothing. Returns false when the effect was already applied.
   */
  async applyOnce(
    agencyId: string,
    employeeId: string,
    effectId: string,
    mutate: ProfileMutation,
  ): Promise<boolean> {
    const _id = profileId(agencyId, employeeId);
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      // The read and the write each share one command with the other handlers' (issue 12).
      const doc = await this.byIds.one(agencyId, _id);
      if (doc?.appliedEvents.includes(effectId)) return false;
      if (await this.writeEffects(agencyId, employeeId, doc, [{ employeeId, effectId, mutate }])) {
        return true;
      }
    }
    throw new ProfileWriteConflictError(_id);
  }

  /**
   * applyOnce for many people at once (an import): their profiles in one read, then one write
   * per person, the writes of all of them in one bulkWrite (WriteBatcher). A person's effects
   * are applied in the order given, in that one write. Each write is guarded by the revision
   * read and by its effects not being applied yet, like applyOnce's; a write that lost a race
   * (the upsert's insert refused as a duplicate, as in applyDirect) is redone through
   * applyOnce, effect by effect. Effects already applied are skipped without a write. Returns
   * how many effects were applied now.
   */
  async applyMany(agencyId: string, effects: readonly ProfileEffect[]): Promise<number> {
    const byPerson = new Map<string, ProfileEffect[]>();
    for (const e of effects) byPerson.set(e.employeeId, [...(byPerson.get(e.employeeId) ?? []), e]);
    if (byPerson.size === 0) return 0;
    const ids = [...byPerson.keys()].map((employeeId) => profileId(agencyId, employeeId));
    const docs = await this.profiles
      .find({ _id: { $in: ids }, agencyId })
      .lean<TalentProfileDoc[]>()
      .exec();
    const stored = new Map(docs.map((d) => [d.employeeId, d]));
    const applied = await Promise.all(
      [...byPerson].map(([employeeId, mine]) =>
        this.applyAll(agencyId, employeeId, stored.get(employeeId) ?? null, mine),
      ),
    );
    return applied.reduce((sum, n) => sum + n, 0);
  }

  private async applyAll(
    agencyId: string,
    employeeId: string,
    doc: TalentProfileDoc | null,
    effects: readonly ProfileEffect[],
  ): Promise<number> {
    const pending = effects.filter((e) => !doc?.appliedEvents.includes(e.effectId));
    if (pending.length === 0) return 0;
    if (await this.writeEffects(agencyId, employeeId, doc, pending)) return pending.length;
    let applied = 0;
    for (const e of pending) {
      if (await this.applyOnce(agencyId, employeeId, e.effectId, e.mutate)) applied += 1;
    }
    return applied;
  }

  /**
   * Applies `pending` (none applied yet) to `doc` as read (null: no profile yet) in one write,
   * batched with the other handlers' (WriteBatcher): an insert, or an update guarded by the
   * revision read and by the effects not being applied. False when it lost a race: the profile
   * was created or changed since the read (the insert, or the update's upsert, is refused as a
   * duplicate), and the caller reads again.
   */
  private async writeEffects(
    agencyId: string,
    employeeId: string,
    doc: TalentProfileDoc | null,
    pending: readonly ProfileEffect[],
  ): Promise<boolean> {
    const _id = profileId(agencyId, employeeId);
    const now = new Date();
    let current = doc ? toProfile(doc) : emptyProfile(agencyId, employeeId, now);
    const set: Partial<TalentProfileDoc> = {};
    const events: OutboxEntry[] = [];
    for (const effect of pending) {
      const change = effect.mutate(current) ?? { set: {}, events: [] };
      Object.assign(set, change.set);
      events.push(...change.events);
      current = { ...current, ...change.set };
    }
    const effectIds = pending.map((e) => e.effectId);
    const staged = events.length > 0 ? { id: _id } : undefined;
    try {
      if (!doc) {
        const { id: _i, ...fields } = current;
        await this.directWrites.write(
          {
            insertOne: {
              document: {
                ...fields,
                _id,
                revision: 1,
                appliedEvents: effectIds.slice(-KEEP_APPLIED),
                updatedAt: now,
                outbox: events,
                outboxLease: null,
              },
            },
          },
          staged,
        );
      } else {
        await this.directWrites.write(
          {
            updateOne: {
              filter: { _id, agencyId, revision: doc.revision, appliedEvents: { $nin: effectIds } },
              update: {
                $set: { ...set, updatedAt: now },
                $inc: { revision: 1 },
                $push: {
                  appliedEvents: { $each: effectIds, $slice: -KEEP_APPLIED },
                  ...(events.length ? { outbox: { $each: events } } : {}),
                },
              },
              // Not matched (changed since the read): the insert is refused as a duplicate.
              upsert: true,
            },
          },
          staged,
        );
      }
      return true;
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      return false;
    }
  }

  /**
   * applyOnce in one store operation when it can (issue 12): `direct` is one upsert by _id
   * (the concurrent handlers' go in one bulkWrite), guarded by `when` and by `effectId` not
   * applied yet. When the profile is there but not as `when` says (or had the effect), the
   * upsert's insert is refused as a duplicate, and applyOnce reads the profile and lets
   * `mutate`, which must agree with `direct`, decide.
   */
  async applyDirect(
    agencyId: string,
    employeeId: string,
    effectId: string,
    direct: DirectChange,
    mutate: ProfileMutation,
  ): Promise<boolean> {
    const _id = profileId(agencyId, employeeId);
    const now = new Date();
    const push = {
      ...direct.push,
      appliedEvents: { $each: [effectId], $slice: -KEEP_APPLIED },
    };
    // A new profile: the empty one, less what the query (its equalities) and the update write.
    const { id: _i, ...empty } = { ...emptyProfile(agencyId, employeeId, now), ...direct.insert };
    const written = new Set([
      ...Object.keys(direct.set),
      ...Object.keys(push),
      'agencyId',
      'revision',
      'updatedAt',
    ]);
    for (const [field, value] of Object.entries(direct.when)) {
      if (value === null || typeof value !== 'object') written.add(field);
    }
    const onInsert = Object.fromEntries(
      Object.entries(empty).filter(([field]) => !written.has(field)),
    );
    try {
      // Through the driver, batched with the other handlers' (no casting: every value is the
      // stored type; the new profile's fields are all in onInsert).
      await this.directWrites.write({
        updateOne: {
          filter: { ...direct.when, _id, agencyId, appliedEvents: { $ne: effectId } },
          update: {
            $set: { ...direct.set, updatedAt: now },
            $setOnInsert: { ...onInsert, outbox: [], outboxLease: null },
            $inc: { revision: 1 },
            $push: push,
          },
          upsert: true,
        },
      });
      return true;
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
    }
    return this.applyOnce(agencyId, employeeId, effectId, mutate);
  }
}

export function emptyProfile(agencyId: string, employeeId: string, now: Date): TalentProfile {
  return {
    id: profileId(agencyId, employeeId),
    agencyId,
    employeeId,
    unitId: null,
    kinerja: null,
    predikatHistory: [],
    potential: null,
    potentials: [],
    placement: null,
    boxHistory: [],
    gaps: null,
    trainings: [],
    appliedEvents: [],
    revision: 0,
    createdAt: now,
    updatedAt: now,
  };
}
