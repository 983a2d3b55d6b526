import type { FilterQuery, Model, UpdateQuery } from 'mongoose';
import { withAudit, type AuditEntry } from './audit';
import { CROSS_TENANT_OPTION, type AgencyScope } from './tenant';
import { updateIfRevision, type RevisionFields } from './versioned-update';

export interface FindOptions {
  sort?: Record<string, 1 | -1>;
  limit?: number;
  skip?: number;
}

/**
 * Base of every repository of a tenant (agency-owned) aggregate. Queries take an AgencyScope
 * first; results are plain objects through the subclass's mapper, never mongoose documents.
 */
export abstract class TenantScopedRepository<TDoc extends { agencyId: string }, TPlain> {
  protected constructor(protected readonly model: Model<TDoc>) {}

  protected abstract toPlain(doc: TDoc): TPlain;

  protected scoped(scope: AgencyScope, filter: FilterQuery<TDoc> = {}): FilterQuery<TDoc> {
    return scope.kind === 'agency' ? { ...filter, agencyId: scope.agencyId } : filter;
  }

  /**
   * The filter of a write batched through the driver (WriteBatcher): one agency's, naming it.
   * A province scope has no agency to write under: refused.
   */
  protected agencyFilter(
    scope: AgencyScope,
    filter: FilterQuery<TDoc>,
  ): Record<string, unknown> & { agencyId: string } {
    if (scope.kind !== 'agency') throw new Error('a batched write needs an agency scope');
    return { ...(filter as Record<string, unknown>), agencyId: scope.agencyId };
  }

  protected options(scope: AgencyScope): Record<string, unknown> {
    return scope.kind === 'province' ? { [CROSS_TENANT_OPTION]: scope.reason } : {};
  }

  protected async findOne(scope: AgencyScope, filter: FilterQuery<TDoc>): Promise<TPlain | null> {
    const doc = await this.model
      .findOne(this.scoped(scope, filter), null, this.options(scope))
      .lean<TDoc>()
      .exec();
    return doc ? this.toPlain(doc) : null;
  }

  protected async find(
    scope: AgencyScope,
    filter: FilterQuery<TDoc>,
    opts: FindOptions = {},
  ): Promise<TPlain[]> {
    const docs = await this.model
      .find(this.scoped(scope, filter), null, { ...this.options(scope), ...opts })
      .lean<TDoc[]>()
      .exec();
    return docs.map((d) => this.toPlain(d));
  }

  protected count(scope: AgencyScope, filter: FilterQuery<TDoc>): Promise<number> {
    return this.model.countDocuments(this.scoped(scope, filter), this.options(scope)).exec();
  }

  protected async insert(
    scope: AgencyScope,
    doc: Omit<TDoc, 'agencyId'> & { agencyId?: string },
  ): Promise<TPlain> {
    if (scope.kind !== 'agency') throw new Error('insert needs an agency scope');
    if (doc.agencyId !== undefined && doc.agencyId !== scope.agencyId) {
      throw new Error('document agencyId differs from the scope');
    }
    const created = await this.model.create({ ...doc, agencyId: scope.agencyId });
    return this.toPlain(created.toObject());
  }

  protected async findOneAndUpdate(
    scope: AgencyScope,
    filter: FilterQuery<TDoc>,
    update: UpdateQuery<TDoc>,
    opts: { upsert?: boolean } = {},
  ): Promise<TPlain | null> {
    const doc = await this.model
      .findOneAndUpdate(this.scoped(scope, filter), update, {
        ...this.options(scope),
        upsert: opts.upsert ?? false,
        new: true,
      })
      .lean<TDoc>()
      .exec();
    return doc ? this.toPlain(doc) : null;
  }

  protected async updateOne(
    scope: AgencyScope,
    filter: FilterQuery<TDoc>,
    update: UpdateQuery<TDoc>,
  ): Promise<{ matched: number; modified: number }> {
    const res = await this.model
      .updateOne(this.scoped(scope, filter), update, this.options(scope))
      .exec();
    return { matched: res.matchedCount, modified: res.modifiedCount };
  }

  /**
   * Optimistic update of one document (see updateIfRevision): TDoc needs a `revision` field
   * (`revisionSchemaFields`). Throws NotFoundError or RevisionConflictError.
   */
  protected async updateVersioned(
    scope: AgencyScope,
    filter: FilterQuery<TDoc>,
    expectedRevision: number,
    update: UpdateQuery<TDoc>,
  ): Promise<TPlain> {
    type Versioned = TDoc & RevisionFields;
    const doc = await updateIfRevision<Versioned>(
      this.model as unknown as Model<Versioned>,
      scope,
      filter,
      expectedRevision,
      update as UpdateQuery<Versioned>,
    );
    return this.toPlain(doc);
  }

  /**
   * The usual change of an audited aggregate: revision-guarded, `updatedAt` set to the entry's
   * time, and the audit entry pushed in the same single-document write.
   */
  protected changeAudited(
    scope: AgencyScope,
    filter: FilterQuery<TDoc>,
    expectedRevision: number,
    update: UpdateQuery<TDoc>,
    audit: AuditEntry,
  ): Promise<TPlain> {
    if (Array.isArray(update)) throw new Error('changeAudited does not support pipeline updates');
    const set = { ...((update.$set ?? {}) as Record<string, unknown>), updatedAt: audit.at };
    return this.updateVersioned(
      scope,
      filter,
      expectedRevision,
      withAudit<TDoc>({ ...update, $set: set }, audit),
    );
  }

  /** The audit trail of one document (`auditSchemaFields`); null when it is not in the scope. */
  protected async auditTrail(
    scope: AgencyScope,
    filter: FilterQuery<TDoc>,
  ): Promise<AuditEntry[] | null> {
    const doc = await this.model
      .findOne(this.scoped(scope, filter), { audit: 1 }, this.options(scope))
      .lean<{ audit?: AuditEntry[] }>()
      .exec();
    return doc ? (doc.audit ?? []) : null;
  }
}
