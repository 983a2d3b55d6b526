import { Inject, Injectable } from '@nestjs/common';
import type { Connection } from 'mongoose';
import {
  BatchedReads,
  cacheKey,
  CONFIG_CACHE_MS,
  DuplicateKeyError,
  MONGO_CONNECTION,
  TenantScopedRepository,
  TtlCache,
  type AgencyScope,
} from '@jenjang/persistence';
import type { Recipient } from './domain/recipient';
import { recipientKey, RecipientSchema, type RecipientDoc } from './recipient.schema';

export type RecipientFields = Omit<Recipient, 'agencyId' | 'employeeId'>;

const fieldsOf = (d: RecipientDoc): Recipient => ({
  agencyId: d.agencyId,
  employeeId: d.employeeId,
  name: d.name ?? null,
  email: d.email ?? null,
  phone: d.phone ?? null,
  language: d.language,
  timeZone: d.timeZone,
  unitId: d.unitId ?? null,
  teams: d.teams ?? [],
  preferences: d.preferences ?? [],
  quietHours: d.quietHours ?? null,
  digestAt: d.digestAt ?? null,
});

/** How long a team's members may be served from memory (see RecipientRepository.teams). */
export const TEAM_CACHE_MS = 30_000;

@Injectable()
export class RecipientRepository extends TenantScopedRepository<RecipientDoc, Recipient> {
  private readonly byIds: BatchedReads<RecipientDoc, Recipient>;

  constructor(@Inject(MONGO_CONNECTION) connection: Connection) {
    super(connection.model<RecipientDoc>('Recipient', RecipientSchema));
    this.byIds = new BatchedReads(this.model, '_id', fieldsOf);
  }

  // Every notice and every delivery reads its recipient: a person's few notices of one appraisal
  // share one read. Every write here clears the entry; another replica's write is seen within
  // CONFIG_CACHE_MS.
  private readonly cache = new TtlCache<Recipient | null>(CONFIG_CACHE_MS);
  /**
   * A team's members, read by every event whose rule goes to a team (each talent-box placement
   * tells the TALENT_TEAM): a query over the agency's directory, once per TEAM_CACHE_MS rather
   * than once per event (it was 11 ms of the store's time per placement at 10,000 people). A
   * save here clears the agency's teams at once; another replica's is seen within TEAM_CACHE_MS.
   */
  private readonly teams = new TtlCache<Recipient[]>(TEAM_CACHE_MS);

  protected toPlain(d: RecipientDoc): Recipient {
    return fieldsOf(d);
  }

  private forget(scope: AgencyScope, agencyId: string, employeeId: string): void {
    this.cache.clear(cacheKey(scope, recipientKey(agencyId, employeeId)));
  }

  get(scope: AgencyScope, agencyId: string, employeeId: string): Promise<Recipient | null> {
    const _id = recipientKey(agencyId, employeeId);
    // In an agency's scope, the reads of one turn (concurrent events) share one query.
    return this.cache.get(cacheKey(scope, _id), () =>
      scope.kind === 'agency' && scope.agencyId === agencyId
        ? this.byIds.one(agencyId, _id)
        : this.findOne(scope, { _id }),
    );
  }

  list(
    scope: AgencyScope,
    filter: { team?: string; unitId?: string },
    limit: number,
    skip: number,
  ) {
    return this.find(
      scope,
      {
        ...(filter.team ? { teams: filter.team } : {}),
        ...(filter.unitId ? { unitId: filter.unitId } : {}),
      },
      { sort: { employeeId: 1 }, limit, skip },
    );
  }

  team(scope: AgencyScope, team: string): Promise<Recipient[]> {
    const read = () => this.find(scope, { teams: team }, { sort: { employeeId: 1 }, limit: 500 });
    return scope.kind === 'agency' ? this.teams.get(`${scope.agencyId}|${team}`, read) : read();
  }

  /** Creates or replaces the entry (API and CSV import). */
  async save(
    scope: AgencyScope,
    agencyId: string,
    employeeId: string,
    fields: RecipientFields,
    source: RecipientDoc['source'],
  ): Promise<Recipient> {
    const now = new Date();
    const saved = await this.findOneAndUpdate(
      scope,
      { _id: recipientKey(agencyId, employeeId) },
      {
        $set: { ...fields, employeeId, source, updatedAt: now },
        $setOnInsert: { createdAt: now, appliedEvents: [] },
      },
      { upsert: true },
    );
    this.forget(scope, agencyId, employeeId);
    this.teams.clear(`${agencyId}|`);
    return saved!;
  }

  /** Changes some fields of an existing entry (the person's own preferences). */
  async patch(
    scope: AgencyScope,
    agencyId: string,
    employeeId: string,
    fields: Partial<RecipientFields>,
  ): Promise<Recipient | null> {
    const patched = await this.findOneAndUpdate(
      scope,
      { _id: recipientKey(agencyId, employeeId) },
      { $set: { ...fields, updatedAt: new Date() } },
    );
    this.forget(scope, agencyId, employeeId);
    if (fields.teams !== undefined) this.teams.clear(`${agencyId}|`);
    return patched;
  }

  /**
   * From an employee-placed event: the unit is updated, contact and preferences kept; a new
   * person gets the defaults. Idempotent on the event id.
   */
  async placed(
    scope: AgencyScope,
    agencyId: string,
    employeeId: string,
    unitId: string,
    eventId: string,
    defaults: RecipientFields,
  ): Promise<void> {
    const now = new Date();
    const _id = recipientKey(agencyId, employeeId);
    try {
      await this.applyPlacement(scope, _id, employeeId, unitId, eventId, defaults, now);
    } finally {
      this.forget(scope, agencyId, employeeId);
    }
  }

  private async applyPlacement(
    scope: AgencyScope,
    _id: string,
    employeeId: string,
    unitId: string,
    eventId: string,
    defaults: RecipientFields,
    now: Date,
  ): Promise<void> {
    const existing = await this.findOne(scope, { _id });
    if (!existing) {
      try {
        await this.insert(scope, {
          _id,
          employeeId,
          ...defaults,
          unitId,
          source: 'EVENT',
          appliedEvents: [eventId],
          createdAt: now,
          updatedAt: now,
        });
        return;
      } catch (error) {
        if (!(error instanceof DuplicateKeyError)) throw error;
      }
    }
    await this.updateOne(
      scope,
      { _id, appliedEvents: { $ne: eventId } },
      {
        $set: { unitId, updatedAt: now },
        $push: { appliedEvents: { $each: [eventId], $slice: -20 } },
      },
    );
  }
}
