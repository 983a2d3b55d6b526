import { Schema } from 'mongoose';
import { tenantGuardPlugin } from '@jenjang/persistence';
import type { NotificationTemplate } from './domain/template';

/** An agency's own wording; `_id` is `<agencyId>:<type>:<language>:<channel>`. */
export interface TemplateDoc extends NotificationTemplate {
  _id: string;
  agencyId: string;
  updatedAt: Date;
  updatedBy: string;
}

export const TemplateSchema = new Schema<TemplateDoc>(
  {
    _id: { type: String, required: true },
    agencyId: { type: String, required: true },
    type: { type: String, required: true },
    language: { type: String, required: true },
    channel: { type: String, required: true },
    subject: { type: String, required: true },
    body: { type: String, required: true },
    updatedAt: { type: Date, required: true },
    updatedBy: { type: String, required: true },
  },
  { collection: 'notification_templates', versionKey: false, minimize: false },
);
TemplateSchema.plugin(tenantGuardPlugin);
