import { Inject, Injectable } from '@nestjs/common';
import type { AnyBulkWriteOperation, Connection, Model } from 'mongoose';
import { MONGO_CONNECTION } from '@jenjang/persistence';
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
export class TeamRosterRepository {
  private readonly model: Model<TeamRosterDoc>;

  constructor(@Inject(MONGO_CONNECTION) connection: Connection) {
    this.model = connection.model<TeamRosterDoc>('TeamRoster', TeamRosterSchema);
  }

  /** The employee ids on a team's roster (none when the team has no roster). */
  async members(agencyId: string, team: string): Promise<string[]> {
    const doc = await this.model
      .findOne({ _id: teamRosterKey(agencyId, team), agencyId }, { members: 1 })
      .lean<Pick<TeamRosterDoc, 'members'>>()
      .exec();
    return doc?.members ?? [];
  }

  /** Puts people on teams' rosters: for each team, the employee ids to add (one command). */
  async add(agencyId: string, byTeam: Map<string, string[]>): Promise<void> {
    await this.write(
      agencyId,
      byTeam,
      (ids, now, team) => ({
        $addToSet: { members: { $each: ids } },
        $set: { updatedAt: now },
        $setOnInsert: { team },
      }),
      true,
    );
  }

  /** Takes people off teams' rosters (one command). */
  async remove(agencyId: string, byTeam: Map<string, string[]>): Promise<void> {
    await this.write(
      agencyId,
      byTeam,
      (ids, now) => ({ $pull: { members: { $in: ids } }, $set: { updatedAt: now } }),
      false,
    );
  }

  private async write(
    agencyId: string,
    byTeam: Map<string, string[]>,
    update: (ids: string[], now: Date, team: string) => Record<string, unknown>,
    upsert: boolean,
  ): Promise<void> {
    const now = new Date();
    const ops: AnyBulkWriteOperation<TeamRosterDoc>[] = [...byTeam]
      .filter(([, ids]) => ids.length > 0)
      .map(([team, ids]) => ({
        updateOne: {
          filter: { _id: teamRosterKey(agencyId, team), agencyId },
          update: update(ids, now, team),
          upsert,
        },
      }));
    if (ops.length > 0) await this.model.bulkWrite(ops, { ordered: false });
  }
}
