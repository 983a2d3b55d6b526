import { Schema } from 'mongoose';
import { tenantGuardPlugin } from '@jenjang/persistence';

/**
 * Who is in one of an agency's teams (TALENT_TEAM and the like), kept beside the directory so
 * that a rule whose audience is a team reads one document by `_id` instead of querying the
 * directory (on the development store, which answers only unique indexes, that query read the
 * whole directory). The members may include a few who left the team (see TeamRosterRepository):
 * the directory entry decides.
 */
export interface TeamRosterDoc {
  /** `<agencyId>:<team>`. */
  _id: string;
  agencyId: string;
  team: string;
  /** Employee ids. */
  members: string[];
  updatedAt: Date;
}

export const TeamRosterSchema = new Schema<TeamRosterDoc>(
  {
    _id: { type: String, required: true },
    agencyId: { type: String, required: true },
    team: { type: String, required: true },
    members: { type: [String], default: [] },
    updatedAt: { type: Date, required: true },
  },
  { collection: 'team_rosters', versionKey: false },
);
TeamRosterSchema.plugin(tenantGuardPlugin);

export const teamRosterKey = (agencyId: string, team: string): string => `${agencyId}:${team}`;
