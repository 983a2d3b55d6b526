import {
  DuplicateKeyError,
  NotFoundError,
  RevisionConflictError,
  type AgencyScope,
  type AuditEntry,
  type OutboxEntry,
} from '@jenjang/persistence';

/** What every stored aggregate has: an id, its agency, a revision, maybe a trail and an outbox. */
export interface AggregateDoc {
  _id: string;
  agencyId: string;
  revision?: number;
  audit?: AuditEntry[];
  outbox?: OutboxEntry[];
}

export interface AggregateChange<TDoc> {
  set?: Partial<TDoc>;
  push?: Partial<Record<string, unknown>>;
}

/** A unique key's refusal, as the repositories throw it. */
export class DuplicateKeyFake extends DuplicateKeyError {
  constructor(readonly key: string) {
    super([key]);
  }
}

const inScope = (scope: AgencyScope, doc: { agencyId: string }): boolean =>
  scope.kind !== 'agency' || scope.agencyId === doc.agencyId;

/**
 * The in-memory stand-in of an audited aggregate repository for service tests: `create`, `byId`,
 * `auditOf` and a revision-guarded `change` that stages events, with the same answers as the
 * MongoDB repositories (NotFoundError outside the agency, RevisionConflictError, duplicate key).
 * A service's fake extends it with the queries that service needs. `events` holds every event
 * staged, in order: what the relay would publish.
 */
export class MemoryAggregates<TDoc extends AggregateDoc, TView> {
  readonly docs = new Map<string, TDoc>();
  readonly events: OutboxEntry[] = [];

  constructor(
    protected readonly toView: (doc: TDoc) => TView,
    /** Unique keys besides `_id` (the schema's unique indexes), as one string per document. */
    private readonly uniqueKeys: ((doc: TDoc) => string)[] = [],
  ) {}

  /** Puts a document as it would be stored (arrange step), without an audit entry. */
  put(doc: TDoc): TView {
    this.docs.set(doc._id, structuredClone(doc));
    return this.toView(this.docs.get(doc._id)!);
  }

  async create(
    scope: AgencyScope,
    doc: Omit<TDoc, 'agencyId' | 'outbox' | 'outboxLease'>,
    events: OutboxEntry[] = [],
  ): Promise<TView> {
    if (scope.kind !== 'agency') throw new Error('create needs an agency scope');
    const stored = {
      ...structuredClone(doc),
      agencyId: scope.agencyId,
      outbox: [...events],
    } as unknown as TDoc;
    if (this.docs.has(stored._id)) throw new DuplicateKeyFake(`_id ${stored._id}`);
    for (const key of this.uniqueKeys) {
      const value = key(stored);
      if ([...this.docs.values()].some((d) => key(d) === value)) throw new DuplicateKeyFake(value);
    }
    this.docs.set(stored._id, stored);
    this.events.push(...(stored.outbox ?? []));
    return Promise.resolve(this.toView(stored));
  }

  byId(scope: AgencyScope, id: string): Promise<TView | null> {
    const doc = this.docs.get(id);
    return Promise.resolve(doc && inScope(scope, doc) ? this.toView(structuredClone(doc)) : null);
  }

  auditOf(scope: AgencyScope, id: string): Promise<AuditEntry[]> {
    const doc = this.docs.get(id);
    return Promise.resolve(doc && inScope(scope, doc) ? [...(doc.audit ?? [])] : []);
  }

  change(
    scope: AgencyScope,
    id: string,
    expectedRevision: number,
    update: AggregateChange<TDoc>,
    audit: AuditEntry,
    events: OutboxEntry[] = [],
  ): Promise<TView> {
    const doc = this.docs.get(id);
    if (!doc || !inScope(scope, doc)) throw new NotFoundError(undefined, id);
    const revision = doc.revision ?? 0;
    if (revision !== expectedRevision) throw new RevisionConflictError(expectedRevision, revision);
    const next = { ...doc, ...structuredClone(update.set ?? {}) } as TDoc & Record<string, unknown>;
    for (const [field, value] of Object.entries(update.push ?? {})) {
      next[field as keyof TDoc & string] = [
        ...((next[field] as unknown[] | undefined) ?? []),
        structuredClone(value),
      ] as never;
    }
    next.revision = revision + 1;
    next.audit = [...(doc.audit ?? []), audit];
    next.outbox = [...(doc.outbox ?? []), ...events];
    (next as Record<string, unknown>).updatedAt = audit.at;
    this.docs.set(id, next);
    this.events.push(...events);
    return Promise.resolve(this.toView(structuredClone(next)));
  }

  /** The documents of a scope that match, as views (for the fakes' own queries). */
  where(scope: AgencyScope, match: (doc: TDoc) => boolean): TView[] {
    return [...this.docs.values()]
      .filter((d) => inScope(scope, d) && match(d))
      .map((d) => this.toView(structuredClone(d)));
  }

  /** The staged events of one topic, their payloads parsed. */
  published<T = Record<string, unknown>>(topic: string): T[] {
    return this.events.filter((e) => e.topic === topic).map((e) => JSON.parse(e.payload) as T);
  }
}
