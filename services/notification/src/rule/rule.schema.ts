import { Schema } from 'mongoose';
import { tenantGuardPlugin } from '@jenjang/persistence';
import type { NotificationRule } from './domain/rule';

/** An agency's own version of a rule (or a rule of its own); `_id` is `<agencyId>:<type>`. */
export interface RuleDoc extends NotificationRule {
  _id: string;
  agencyId: string;
  updatedAt: Date;
  updatedBy: string;
}

export const RuleSchema = new Schema<RuleDoc>(
  {
    _id: { type: String, required: true },
    agencyId: { type: String, required: true },
    type: { type: String, required: true },
    eventTopic: { type: String, required: true },
    audience: { type: Schema.Types.Mixed, required: true },
    mandatory: { type: Boolean, required: true },
    channels: { type: [String], required: true },
    enabled: { type: Boolean, required: true },
    description: { type: Schema.Types.Mixed, required: true },
    updatedAt: { type: Date, required: true },
    updatedBy: { type: String, required: true },
  },
  { collection: 'notification_rules', versionKey: false, minimize: false },
);
RuleSchema.plugin(tenantGuardPlugin);
