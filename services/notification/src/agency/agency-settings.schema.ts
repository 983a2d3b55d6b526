import { Schema } from 'mongoose';
import { tenantGuardPlugin } from '@jenjang/persistence';

export interface WebhookDoc {
  url: string;
  /** Shared secret of the HMAC-SHA256 signature; never returned by the API. */
  secret: string;
  enabled: boolean;
}

/** Per agency: the webhook notices are forwarded to. Its `_id` is the agency id. */
export interface NotificationSettingsDoc {
  _id: string;
  agencyId: string;
  webhook: WebhookDoc | null;
  updatedAt: Date;
  updatedBy: string;
}

export const NotificationSettingsSchema = new Schema<NotificationSettingsDoc>(
  {
    _id: { type: String, required: true },
    agencyId: { type: String, required: true },
    webhook: { type: Schema.Types.Mixed, default: null },
    updatedAt: { type: Date, required: true },
    updatedBy: { type: String, required: true },
  },
  { collection: 'notification_settings', versionKey: false, minimize: false },
);
NotificationSettingsSchema.plugin(tenantGuardPlugin);
