import { Schema } from 'mongoose';
import { tenantGuardPlugin } from '@jenjang/persistence';

// Not `inbox`: that collection is the messaging library's record of consumed events.
export const INBOX_ITEM_COLLECTION = 'inbox_items';

export interface InboxItemDoc {
  /** The delivery id: one inbox item per notice, whatever the redeliveries. */
  _id: string;
  agencyId: string;
  employeeId: string;
  type: string;
  mandatory: boolean;
  subject: string;
  body: string;
  causeEventType: string;
  createdAt: Date;
  readAt: Date | null;
  archivedAt: Date | null;
}

export const InboxItemSchema = new Schema<InboxItemDoc>(
  {
    _id: { type: String, required: true },
    agencyId: { type: String, required: true },
    employeeId: { type: String, required: true },
    type: { type: String, required: true },
    mandatory: { type: Boolean, required: true },
    subject: { type: String, required: true },
    body: { type: String, required: true },
    causeEventType: { type: String, required: true },
    createdAt: { type: Date, required: true },
    readAt: { type: Date, default: null },
    archivedAt: { type: Date, default: null },
  },
  { collection: INBOX_ITEM_COLLECTION, versionKey: false, minimize: false },
);
InboxItemSchema.index({ agencyId: 1, employeeId: 1, archivedAt: 1, createdAt: -1 });
InboxItemSchema.plugin(tenantGuardPlugin);
