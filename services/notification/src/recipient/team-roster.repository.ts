import { Inject, Injectable } from '@nestjs/common';
import type { AnyBulkWriteOperation, Connection } from 'mongoose';
import { MONGO_CONNECTION, TenantScopedRepository, type AgencyScope } from '@jenjang/persistence';
import { teamRosterKey, TeamRosterSchema, type TeamRosterDoc } from './team-roster.schema';

/**
 * The teams' members, written by RecipientRepository around each write of a directory entry
 * whose teams change (the directory is the truth; a roster may hold more, never fewer):
 * - a team the entry joins gets the person before the entry is written, and again after it;
 * - a team the entry leaves loses the person after it, and the entry is then read again: a
 *   concurrent write that put the person back in that team is followed by adding them again.
 * So when the writes settle every member of a team is on its roster, and whoever is on a roster
 * without the team in their entry (a write that failed, a crash in between) is left out when the
 * roster is read. Two documents cannot be written together here (the development store has no
 * transactions), hence the order.
 */
@Injectable()
export class TeamRosterRepository extends TenantScopedRepository<TeamRosterDoc, string[]> {
  constructor(@Inject(MONGO_CONNECTION) connection: Connection) {
    super(connection.model<TeamRosterDoc>('TeamRoster', TeamRosterSchema));
  }

  protected toPlain(doc: TeamRosterDoc): string[] {
    return doc.members ?? [];
  }

  /** The employee ids on one of the agency's team rosters (none when the team has none). */
  async members(scope: AgencyScope, team: string): Promise<string[]> {
    const agencyId = this.agencyFilter(scope, {}).agencyId;
    return (await this.findOne(scope, { _id: teamRosterKey(agencyId, team) })) ?? [];
  }

  /** Puts people on teams' rosters: for each team, the employee ids to add (one command). */
  async add(scope: AgencyScope, byTeam: Map<string, string[]>): Promise<void> {
    const now = new Date();
    await this.write(scope, byTeam, (team, ids) => ({
      update: {
        $addToSet: { members: { $each: ids } },
        $set: { updatedAt: now },
        $setOnInsert: { team },
      },
      upsert: true,
    }));
  }

  /** Takes people off teams' rosters (one command). */
  async remove(scope: AgencyScope, byTeam: Map<string, string[]>): Promise<void> {
    const now = new Date();
    await this.write(scope, byTeam, (_, ids) => ({
      update: { $pull: { members: { $in: ids } }, $set: { updatedAt: now } },
      upsert: false,
    }));
  }

  private async write(
    scope: AgencyScope,
    byTeam: Map<string, string[]>,
    change: (team: string, ids: string[]) => { update: Record<string, unknown>; upsert: boolean },
  ): Promise<void> {
    const ops: AnyBulkWriteOperation<TeamRosterDoc>[] = [...byTeam]
      .filter(([, ids]) => ids.length > 0)
      .map(([team, ids]) => {
        const filter = this.agencyFilter(scope, {});
        filter._id = teamRosterKey(filter.agencyId, team);
        return { updateOne: { filter, ...change(team, ids) } };
      });
    if (ops.length > 0) await this.model.bulkWrite(ops, { ordered: false });
  }
}
