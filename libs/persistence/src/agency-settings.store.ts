import type { Model, UpdateQuery } from 'mongoose';
import type { AuditEntry } from './audit';
import { auditSchemaFields } from './audit';
import { DuplicateKeyError } from './duplicate-key';
import { NotFoundError, RevisionConflictError } from './persistence-errors';
import type { AgencyScope } from './tenant';
import { TenantScopedRepository } from './tenant-scoped.repository';
import { CONFIG_CACHE_MS, TtlCache, cacheKey } from './ttl-cache';
import { revisionSchemaFields, type RevisionFields } from './versioned-update';

/** What every per-agency settings document has besides its values. */
export interface AgencySettingsFields extends RevisionFields {
  /** The agency's id: one document per agency. */
  _id: string;
  agencyId: string;
  createdAt?: Date;
  updatedAt: Date;
  audit: AuditEntry[];
}

/** Add to a settings schema beside its values: `{ ...values, ...agencySettingsSchemaFields }`. */
export const agencySettingsSchemaFields = {
  _id: { type: String, required: true },
  agencyId: { type: String, required: true },
  ...revisionSchemaFields,
  createdAt: { type: Date },
  updatedAt: { type: Date, required: true },
  ...auditSchemaFields,
};

/** The settings values of a document: everything but the store's own fields. */
export type SettingsValues<TDoc> = Omit<TDoc, keyof AgencySettingsFields>;

function agencyOf(scope: AgencyScope): string {
  if (scope.kind !== 'agency') throw new Error('agency settings need an agency scope');
  return scope.agencyId;
}

/**
 * One agency's settings document (its id is the agency's id), revision-guarded and audited:
 * `get` reads it, `cached` reads it for the event path (from memory for CONFIG_CACHE_MS; a save
 * in this process clears it, another replica's save is seen within the TTL), `save` writes the
 * first or the next revision, `auditOf` answers its trail. The service keeps its defaults and
 * its rules; a subclass names its model and maps the document.
 */
export abstract class AgencySettingsStore<
  TDoc extends AgencySettingsFields,
  TStored,
> extends TenantScopedRepository<TDoc, TStored> {
  private readonly cache: TtlCache<TStored | null>;

  protected constructor(model: Model<TDoc>, ttlMs: number = CONFIG_CACHE_MS) {
    super(model);
    this.cache = new TtlCache<TStored | null>(ttlMs);
  }

  /** The agency's saved settings, or null while it has saved none. */
  get(scope: AgencyScope): Promise<TStored | null> {
    return this.findOne(scope, { _id: agencyOf(scope) });
  }

  /** `get` for the event path, served from memory for the cache's time. */
  cached(scope: AgencyScope): Promise<TStored | null> {
    agencyOf(scope);
    return this.cache.get(cacheKey(scope), () => this.get(scope));
  }

  /**
   * Saves `values` when the stored revision is still `expectedRevision` (0: none saved yet),
   * with the audit entry, in one write. Throws RevisionConflictError when another save came
   * first (a concurrent first save included).
   */
  async save(
    scope: AgencyScope,
    expectedRevision: number,
    values: SettingsValues<TDoc>,
    audit: AuditEntry,
  ): Promise<TStored> {
    const agencyId = agencyOf(scope);
    this.cache.clear(cacheKey(scope));
    try {
      if (expectedRevision === 0) {
        const doc = {
          _id: agencyId,
          ...values,
          revision: 1,
          createdAt: audit.at,
          updatedAt: audit.at,
          audit: [audit],
        };
        return await this.insert(scope, doc as unknown as Omit<TDoc, 'agencyId'>);
      }
      return await this.changeAudited(
        scope,
        { _id: agencyId },
        expectedRevision,
        { $set: values } as UpdateQuery<TDoc>,
        audit,
      );
    } catch (error) {
      if (!(error instanceof DuplicateKeyError || error instanceof NotFoundError)) throw error;
      // A first save lost to another one, or the settings read are gone.
      const current = await this.model
        .findOne({ _id: agencyId, agencyId }, { revision: 1 })
        .lean<RevisionFields>()
        .exec();
      throw new RevisionConflictError(expectedRevision, current?.revision ?? 0);
    } finally {
      this.cache.clear(cacheKey(scope));
    }
  }

  /** The settings' trail of changes, oldest first; empty while none were saved. */
  async auditOf(scope: AgencyScope): Promise<AuditEntry[]> {
    return (await this.auditTrail(scope, { _id: agencyOf(scope) })) ?? [];
  }
}
