import type { FilterQuery, Model, UpdateQuery } from 'mongoose';
import { NotFoundError, RevisionConflictError } from './persistence-errors';
import { CROSS_TENANT_OPTION, type AgencyScope } from './tenant';

/** A document guarded by optimistic concurrency: every guarded update adds one. */
export interface RevisionFields {
  revision: number;
}

/** Add to an aggregate schema updated with updateIfRevision: `schema.add(revisionSchemaFields)`. */
export const revisionSchemaFields = {
  revision: { type: Number, required: true, default: 0, min: 0 },
};

type VersionedDoc = { agencyId: string } & RevisionFields;

/** Filter and options of a scope, the same rules as TenantScopedRepository. */
export function scopedQuery<TDoc>(
  scope: AgencyScope,
  filter: FilterQuery<TDoc>,
): { filter: FilterQuery<TDoc>; options: Record<string, unknown> } {
  return scope.kind === 'agency'
    ? { filter: { ...filter, agencyId: scope.agencyId }, options: {} }
    : { filter, options: { [CROSS_TENANT_OPTION]: scope.reason } };
}

/**
 * The update with `$inc: { revision: 1 }` added. Top-level fields (mongoose's implicit `$set`)
 * move into `$set` so the operators can be merged; touching `revision` otherwise is refused.
 */
export function withRevisionIncrement<T>(update: UpdateQuery<T>): UpdateQuery<T> {
  if (Array.isArray(update)) throw new Error('versioned updates do not support pipelines');
  const operators: Record<string, Record<string, unknown>> = {};
  const implicitSet: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(update)) {
    if (key.startsWith('$')) operators[key] = { ...(value as Record<string, unknown>) };
    else implicitSet[key] = value;
  }
  if (Object.keys(implicitSet).length > 0) {
    operators.$set = { ...implicitSet, ...operators.$set };
  }
  for (const fields of Object.values(operators)) {
    if ('revision' in fields) throw new Error('a versioned update must not change revision');
  }
  operators.$inc = { ...operators.$inc, revision: 1 };
  return operators;
}

// A refused update is retried when the re-read shows the expected revision: the first attempt
// raced with an update that reached it (only possible when the caller sent a newer revision).
const ATTEMPTS = 3;

/**
 * Applies `update` to the one document matching `filter` in the scope only if its revision is
 * still `expectedRevision`, and increments the revision in the same update. Returns the updated
 * document (lean). Throws NotFoundError when no document of the scope matches the filter (an
 * id of another agency included) and RevisionConflictError when its revision has moved on.
 *
 * Put only the document's identity in `filter` (`{ _id }` or a string id): a refusal because
 * some other condition did not hold would read as "not found". Check state in the domain on
 * the read document; the revision makes that check safe.
 */
export async function updateIfRevision<TDoc extends VersionedDoc>(
  model: Model<TDoc>,
  scope: AgencyScope,
  idOrFilter: string | FilterQuery<TDoc>,
  expectedRevision: number,
  update: UpdateQuery<TDoc>,
): Promise<TDoc> {
  if (!Number.isInteger(expectedRevision) || expectedRevision < 0) {
    throw new Error(`expectedRevision must be a non-negative integer, got ${expectedRevision}`);
  }
  const base = typeof idOrFilter === 'string' ? { _id: idOrFilter } : idOrFilter;
  if ('revision' in base) throw new Error('the filter must not name revision');
  const { filter, options } = scopedQuery<TDoc>(scope, base);
  const guarded = { ...filter, revision: expectedRevision } as FilterQuery<TDoc>;
  const change = withRevisionIncrement(update);

  let current = expectedRevision;
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const updated = await model
      .findOneAndUpdate(guarded, change, { ...options, new: true })
      .lean<TDoc>()
      .exec();
    if (updated) return updated;
    const found = await model
      .findOne(filter, { revision: 1 }, options)
      .lean<RevisionFields>()
      .exec();
    if (!found) throw new NotFoundError();
    current = found.revision;
    if (current !== expectedRevision) break;
  }
  throw new RevisionConflictError(expectedRevision, current);
}
