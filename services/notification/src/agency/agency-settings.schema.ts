import { Schema } from 'mongoose';
import {
  agencySettingsSchemaFields,
  tenantGuardPlugin,
  type AgencySettingsFields,
} from '@jenjang/persistence';

export interface WebhookDoc {
  url: string;
  /** Shared secret of the HMAC-SHA256 signature; never returned by the API. */
  secret: string;
  enabled: boolean;
}

/**
 * Per agency (`_id` = the agency id): the webhook notices are forwarded to; revision-guarded,
 * its changes in the audit trail (without the secret). Documents saved before the revision have
 * none until their next save (see AgencySettingsRepository.adoptUnrevised).
 */
export interface NotificationSettingsDoc extends AgencySettingsFields {
  webhook: WebhookDoc | null;
}

export const NotificationSettingsSchema = new Schema<NotificationSettingsDoc>(
  {
    webhook: { type: Schema.Types.Mixed, default: null },
    ...agencySettingsSchemaFields,
  },
  { collection: 'notification_settings', versionKey: false, minimize: false },
);
NotificationSettingsSchema.plugin(tenantGuardPlugin);
