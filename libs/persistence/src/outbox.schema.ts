import { Schema } from 'mongoose';

// The single-document transactional outbox: an aggregate's pending events live in an array
// inside the aggregate document and are written in the same update as the change itself, so
// no multi-document transaction is needed. The relay (libs/messaging) claims, publishes and
// pulls them.
export interface OutboxEntry {
  /** The CloudEvents id of the event. */
  id: string;
  topic: string;
  /** Kafka key: the employee id. */
  key: string;
  /** CloudEvents and trace headers, ready for Kafka. */
  headers: Record<string, string>;
  /** The validated JSON payload, serialised once at staging time. */
  payload: string;
  createdAt: Date;
}

export interface OutboxLease {
  owner: string;
  until: Date;
}

export interface OutboxFields {
  outbox: OutboxEntry[];
  outboxLease?: OutboxLease | null;
}

const OutboxEntrySchema = new Schema<OutboxEntry>(
  {
    id: { type: String, required: true },
    topic: { type: String, required: true },
    key: { type: String, required: true },
    headers: { type: Schema.Types.Mixed, required: true },
    payload: { type: String, required: true },
    createdAt: { type: Date, required: true },
  },
  { _id: false },
);

/** Add to any aggregate schema that publishes events: `schema.add(outboxSchemaFields)`. */
export const outboxSchemaFields = {
  outbox: { type: [OutboxEntrySchema], default: [] },
  outboxLease: {
    type: new Schema<OutboxLease>({ owner: String, until: Date }, { _id: false }),
    default: null,
  },
};
