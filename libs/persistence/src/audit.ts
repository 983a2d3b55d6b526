import { Schema, type UpdateQuery } from 'mongoose';

/** Who made a change: the principal's subject and roles, nothing more (no personal data). */
export interface AuditActor {
  readonly subject: string;
  readonly roles: readonly string[];
}

/**
 * One change to a document, kept inside the document itself and written by the same
 * single-document update as the change (no transaction needed). `before`/`after` hold only the
 * fields that changed, never the whole document: the trail lives in the document and counts
 * against its 16 MB limit, and a full copy would duplicate personal data in every entry.
 */
export interface AuditEntry {
  readonly at: Date;
  readonly by: AuditActor;
  /** What happened, e.g. `skp.approved`. */
  readonly action: string;
  readonly before?: unknown;
  readonly after?: unknown;
}

export interface AuditFields {
  audit: AuditEntry[];
}

/** An entry for `by` (a Principal fits) now; copies only subject and roles. */
export function auditEntry(
  by: AuditActor,
  action: string,
  change: { before?: unknown; after?: unknown } = {},
  at: Date = new Date(),
): AuditEntry {
  return {
    at,
    by: { subject: by.subject, roles: [...by.roles] },
    action,
    ...(change.before === undefined ? {} : { before: change.before }),
    ...(change.after === undefined ? {} : { after: change.after }),
  };
}

export interface WithAuditOptions {
  /** Keep only the newest N entries (`$slice`); default: keep all. */
  readonly keep?: number;
}

/** The update plus `$push: { audit: entry }`, merged into an existing `$push`. */
export function withAudit<T>(
  update: UpdateQuery<NoInfer<T>>,
  entry: AuditEntry,
  options: WithAuditOptions = {},
): UpdateQuery<T> {
  if (Array.isArray(update)) throw new Error('withAudit does not support pipeline updates');
  const push = (update.$push ?? {}) as Record<string, unknown>;
  if ('audit' in push) throw new Error('the update already pushes to audit');
  const value =
    options.keep === undefined ? entry : { $each: [entry], $slice: -Math.abs(options.keep) };
  return { ...update, $push: { ...push, audit: value } };
}

const AuditActorSchema = new Schema<AuditActor>(
  { subject: { type: String, required: true }, roles: { type: [String], default: [] } },
  { _id: false },
);

const AuditEntrySchema = new Schema<AuditEntry>(
  {
    at: { type: Date, required: true },
    by: { type: AuditActorSchema, required: true },
    action: { type: String, required: true },
    before: { type: Schema.Types.Mixed },
    after: { type: Schema.Types.Mixed },
  },
  { _id: false, minimize: false },
);

/** Add to an aggregate schema whose changes are audited: `schema.add(auditSchemaFields)`. */
export const auditSchemaFields = {
  audit: { type: [AuditEntrySchema], default: [] },
};
