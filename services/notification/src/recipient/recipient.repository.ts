import { Inject, Injectable } from '@nestjs/common';
import type { Connection } from 'mongoose';
import {
  agencyScope,
  BatchedReads,
  cacheKey,
  CONFIG_CACHE_MS,
  CROSS_TENANT_OPTION,
  DuplicateKeyError,
  MONGO_CONNECTION,
  TenantScopedRepository,
  TtlCache,
  type AgencyScope,
} from '@jenjang/persistence';
import type { Recipient } from './domain/recipient';
import { recipientKey, RecipientSchema, type RecipientDoc } from './recipient.schema';
import { TeamRosterRepository } from './team-roster.repository';

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

/** At most this many members of a team are told (a team is a few people, not a directory). */
const TEAM_MAX = 500;

/** Each of these teams with the one person: the shape TeamRosterRepository writes. */
const teamsOf = (teams: string[], employeeId: string) =>
  new Map(teams.map((team) => [team, [employeeId]]));

/** The teams in `a` and not in `b`. */
const without = (a: string[], b: string[]) => a.filter((team) => !b.includes(team));

/** By employee id, as the store sorts strings (code units, not the locale). */
const byEmployeeId = (a: Recipient, b: Recipient) =>
  a.employeeId < b.employeeId ? -1 : a.employeeId > b.employeeId ? 1 : 0;

@Injectable()
export class RecipientRepository extends TenantScopedRepository<RecipientDoc, Recipient> {
  private readonly byIds: BatchedReads<RecipientDoc, Recipient>;

  constructor(
    @Inject(MONGO_CONNECTION) connection: Connection,
    private readonly rosters: TeamRosterRepository,
  ) {
    super(connection.model<RecipientDoc>('Recipient', RecipientSchema));
    this.byIds = new BatchedReads(this.model, '_id', fieldsOf);
  }

  // Every notice and every delivery reads its recipient: a person's few notices of one appraisal
  // share one read. Every write here clears the entry; another replica's write is seen within
  // CONFIG_CACHE_MS.
  private readonly cache = new TtlCache<Recipient | null>(CONFIG_CACHE_MS);
  /**
   * A team's members, read by every event whose rule goes to a team (each talent-box placement
   * tells the TALENT_TEAM), once per TEAM_CACHE_MS rather than once per event. A save here
   * clears the agency's teams at once; another replica's is seen within TEAM_CACHE_MS.
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

  /**
   * The members of one of an agency's teams (at most TEAM_MAX, by employee id): the team's
   * roster by `_id`, then the entries on it by `_id`, those that name the team (a roster may
   * hold someone who left it: see TeamRosterRepository). It was a query over the directory by
   * team, which the development store answers by reading the whole directory (0.36 s a time at
   * 50,000 people).
   */
  team(scope: AgencyScope, team: string): Promise<Recipient[]> {
    if (scope.kind !== 'agency') throw new Error('a team is read within one agency');
    const { agencyId } = scope;
    return this.teams.get(`${agencyId}|${team}`, async () => {
      const ids = await this.rosters.members(scope, team);
      if (ids.length === 0) return [];
      const entries = await this.find(scope, {
        _id: { $in: ids.map((id) => recipientKey(agencyId, id)) },
      });
      return entries
        .filter((r) => r.teams.includes(team))
        .sort(byEmployeeId)
        .slice(0, TEAM_MAX);
    });
  }

  /**
   * Puts everyone whose entry names a team on that team's roster (never takes anyone off): the
   * entries written before the rosters existed, and any member a crash between the two writes
   * left out. A sweep over the directory, once when the service starts.
   */
  async sweepRosters(): Promise<number> {
    const byAgency = new Map<string, Map<string, string[]>>();
    const cursor = this.model
      .find({ teams: { $exists: true, $ne: [] } }, { agencyId: 1, employeeId: 1, teams: 1 })
      .setOptions({ [CROSS_TENANT_OPTION]: 'team roster sweep' })
      .lean<Pick<RecipientDoc, 'agencyId' | 'employeeId' | 'teams'>[]>()
      .cursor();
    let members = 0;
    for await (const doc of cursor) {
      const teams = byAgency.get(doc.agencyId) ?? new Map<string, string[]>();
      byAgency.set(doc.agencyId, teams);
      for (const team of doc.teams) {
        const ids = teams.get(team) ?? [];
        teams.set(team, ids);
        ids.push(doc.employeeId);
      }
      members += doc.teams.length;
    }
    for (const [agencyId, teams] of byAgency) await this.rosters.add(agencyScope(agencyId), teams);
    return members;
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
    const saved = await this.writingTeams(scope, agencyId, employeeId, fields.teams, () =>
      this.findOneAndUpdate(
        scope,
        { _id: recipientKey(agencyId, employeeId) },
        {
          $set: { ...fields, employeeId, source, updatedAt: now },
          $setOnInsert: { createdAt: now, appliedEvents: [] },
        },
        { upsert: true },
      ),
    );
    return saved!;
  }

  /** Changes some fields of an existing entry (the person's own preferences). */
  async patch(
    scope: AgencyScope,
    agencyId: string,
    employeeId: string,
    fields: Partial<RecipientFields>,
  ): Promise<Recipient | null> {
    return this.writingTeams(scope, agencyId, employeeId, fields.teams, () =>
      this.findOneAndUpdate(
        scope,
        { _id: recipientKey(agencyId, employeeId) },
        { $set: { ...fields, updatedAt: new Date() } },
      ),
    );
  }

  /**
   * Writes an entry (`write`) and forgets what was cached of it; when the write sets its teams,
   * keeps the rosters too (see TeamRosterRepository for why in this order): on the rosters of the
   * teams it joins before the write, then teamsWritten.
   */
  private async writingTeams(
    scope: AgencyScope,
    agencyId: string,
    employeeId: string,
    teams: string[] | undefined,
    write: () => Promise<Recipient | null>,
  ): Promise<Recipient | null> {
    if (!teams) {
      const written = await write();
      this.forget(scope, agencyId, employeeId);
      return written;
    }
    // The rosters are the entry's agency's, whoever writes it.
    const own = agencyScope(agencyId);
    const before = (await this.get(scope, agencyId, employeeId))?.teams ?? [];
    await this.rosters.add(own, teamsOf(without(teams, before), employeeId));
    const written = await write();
    this.forget(scope, agencyId, employeeId);
    this.teams.clear(`${agencyId}|`);
    if (written) await this.teamsWritten(agencyId, employeeId, teams, before);
    return written;
  }

  /**
   * After an entry's teams were written (see TeamRosterRepository for why in this order): off the
   * rosters of the teams it left, back on any of those a concurrent write put it in again, and
   * on the rosters of its teams once more.
   */
  private async teamsWritten(
    agencyId: string,
    employeeId: string,
    teams: string[],
    before: string[],
  ): Promise<void> {
    const own = agencyScope(agencyId);
    const left = without(before, teams);
    if (left.length > 0) {
      await this.rosters.remove(own, teamsOf(left, employeeId));
      const now = await this.findOne(own, { _id: recipientKey(agencyId, employeeId) });
      const back = left.filter((team) => now?.teams.includes(team));
      if (back.length > 0) await this.rosters.add(own, teamsOf(back, employeeId));
    }
    if (teams.length > 0) await this.rosters.add(own, teamsOf(teams, employeeId));
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
