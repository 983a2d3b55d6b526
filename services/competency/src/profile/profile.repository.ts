import { Inject, Injectable } from '@nestjs/common';
import type { Connection } from 'mongoose';
import {
  BatchedUpserts,
  DuplicateKeyError,
  MONGO_CONNECTION,
  TenantScopedRepository,
  type AgencyScope,
  type OutboxEntry,
} from '@jenjang/persistence';
import { ProfileSchema, profileId, type AssessmentDoc, type ProfileDoc } from './profile.schema';

export type StoredProfile = Omit<ProfileDoc, 'outbox' | 'outboxLease'>;

export interface ProfileChange {
  set?: Partial<
    Pick<ProfileDoc, 'unitId' | 'heldPosition' | 'targetPosition' | 'lastAppraisal' | 'latest'>
  >;
  addAssessments?: AssessmentDoc[];
  /** Recorded with the change; a second change with the same cause is refused (idempotency). */
  causeId?: string;
  events?: OutboxEntry[];
}

/** The profile of a person before any cause. */
export function emptyProfile(agencyId: string, employeeId: string, now: Date): StoredProfile {
  return {
    _id: profileId(agencyId, employeeId),
    agencyId,
    employeeId,
    unitId: null,
    heldPosition: null,
    targetPosition: null,
    assessments: [],
    lastAppraisal: null,
    latest: null,
    appliedCauses: [],
    revision: 0,
    createdAt: now,
    updatedAt: now,
  };
}

function agencyOf(scope: AgencyScope): string {
  if (scope.kind !== 'agency') throw new Error('a profile needs an agency scope');
  return scope.agencyId;
}

@Injectable()
export class ProfileRepository extends TenantScopedRepository<ProfileDoc, StoredProfile> {
  /** createOrGet's upserts, batched, and the profiles they found read back (issue 12). */
  private readonly batched: BatchedUpserts<ProfileDoc, StoredProfile>;

  constructor(@Inject(MONGO_CONNECTION) connection: Connection) {
    const model = connection.model<ProfileDoc>('Profile', ProfileSchema);
    super(model);
    this.batched = new BatchedUpserts(model, (d) => this.toPlain(d));
  }

  protected toPlain(doc: ProfileDoc): StoredProfile {
    const { outbox: _o, outboxLease: _l, ...rest } = doc;
    return rest;
  }

  get(scope: AgencyScope, employeeId: string): Promise<StoredProfile | null> {
    return this.findOne(scope, { _id: profileId(agencyOf(scope), employeeId) });
  }

  /**
   * A person's first profile: `first` (with the events it stages) is inserted when there is no
   * profile yet, and null is answered; when there is one, nothing is written and it is read and
   * answered as it is (the read a change needs). The upserts of the handlers running at once go
   * in one bulkWrite (the relay told after it), and the profiles found in one find.
   */
  async createOrGet(
    scope: AgencyScope,
    first: StoredProfile,
    events: OutboxEntry[],
  ): Promise<StoredProfile | null> {
    const agencyId = agencyOf(scope);
    const { _id: _i, agencyId: _a, ...fields } = first;
    const _id = profileId(agencyId, first.employeeId);
    try {
      const { upserted } = await this.batched.write(
        {
          updateOne: {
            filter: { _id, agencyId },
            update: { $setOnInsert: { ...fields, outbox: events, outboxLease: null } },
            upsert: true,
          },
        },
        events.length > 0 ? { id: _id } : undefined,
      );
      if (upserted) return null;
    } catch (error) {
      // Two first causes for one person at once: the other insert won; read it.
      if (!(error instanceof DuplicateKeyError)) throw error;
    }
    const profile = await this.batched.one(agencyId, _id);
    if (!profile) throw new Error(`profile ${_id} vanished after its creation`);
    return profile;
  }

  /**
   * One single-document write: the change, its events and its cause, applied only if the profile
   * is still at `expectedRevision` and the cause was not applied before. False when it was not
   * applied (read again and decide).
   */
  async change(
    scope: AgencyScope,
    employeeId: string,
    expectedRevision: number,
    change: ProfileChange,
  ): Promise<boolean> {
    const filter: Record<string, unknown> = {
      _id: profileId(agencyOf(scope), employeeId),
      revision: expectedRevision,
    };
    if (change.causeId) filter.appliedCauses = { $ne: change.causeId };
    const push: Record<string, unknown> = {};
    if (change.addAssessments?.length) push.assessments = { $each: change.addAssessments };
    if (change.events?.length) push.outbox = { $each: change.events };
    if (change.causeId) push.appliedCauses = change.causeId;
    const update: Record<string, unknown> = {
      $set: { ...(change.set ?? {}), updatedAt: new Date() },
      $inc: { revision: 1 },
    };
    if (Object.keys(push).length > 0) update.$push = push;
    const res = await this.updateOne(scope, filter, update);
    return res.matched === 1;
  }

  /** The people who hold or aim for a position: their gaps change with its standard. */
  holdersOf(scope: AgencyScope, positionId: string): Promise<StoredProfile[]> {
    return this.find(
      scope,
      { $or: [{ 'heldPosition.id': positionId }, { 'targetPosition.id': positionId }] },
      { sort: { employeeId: 1 } },
    );
  }

  /** Every profile of the agency (reports). */
  listForReport(scope: AgencyScope): Promise<StoredProfile[]> {
    return this.find(scope, {}, { sort: { employeeId: 1 } });
  }
}
