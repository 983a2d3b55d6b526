import { Inject, Injectable } from '@nestjs/common';
import type { Connection, UpdateQuery } from 'mongoose';
import {
  MONGO_CONNECTION,
  TenantScopedRepository,
  type AgencyScope,
  type AuditEntry,
  type OutboxEntry,
} from '@jenjang/persistence';
import { isDuplicateKey } from '../shared/audit';
import { DEFAULT_TENURE_YEARS } from './domain/rotation';
import {
  RotationSchema,
  RotationSettingsSchema,
  type RotationDoc,
  type RotationSettingsDoc,
} from './rotation.schema';

export type Rotation = Omit<RotationDoc, '_id' | 'audit' | 'outbox' | 'outboxLease'> & {
  id: string;
};

@Injectable()
export class RotationRepository extends TenantScopedRepository<RotationDoc, Rotation> {
  constructor(@Inject(MONGO_CONNECTION) connection: Connection) {
    super(connection.model<RotationDoc>('RotationProposal', RotationSchema));
  }

  protected toPlain(doc: RotationDoc): Rotation {
    const { _id, audit: _a, outbox: _o, outboxLease: _l, ...rest } = doc;
    return { id: _id, ...rest };
  }

  byId(scope: AgencyScope, id: string): Promise<Rotation | null> {
    return this.findOne(scope, { _id: id });
  }

  list(
    scope: AgencyScope,
    filter: { status?: string; employeeId?: string | { $in: string[] } },
  ): Promise<Rotation[]> {
    const f: Record<string, unknown> = {};
    if (filter.status) f.status = filter.status;
    if (filter.employeeId) f.employeeId = filter.employeeId;
    return this.find(scope, f, { sort: { proposedAt: -1 }, limit: 5000 });
  }

  /** Inserts unless the same proposal (same id) exists; returns whether it was new. */
  async proposeOnce(scope: AgencyScope, doc: Omit<RotationDoc, 'agencyId'>): Promise<boolean> {
    try {
      await this.insert(scope, doc);
      return true;
    } catch (error) {
      if (isDuplicateKey(error)) return false;
      throw error;
    }
  }

  change(
    scope: AgencyScope,
    id: string,
    expectedRevision: number,
    set: Partial<RotationDoc>,
    entry: AuditEntry,
    events: OutboxEntry[] = [],
  ): Promise<Rotation> {
    const update: UpdateQuery<RotationDoc> = { $set: set };
    if (events.length > 0) update.$push = { outbox: { $each: events } };
    return this.changeAudited(scope, { _id: id }, expectedRevision, update, entry);
  }
}

export interface RotationSettings {
  tenureYears: number;
  revision: number | null;
}

@Injectable()
export class RotationSettingsRepository extends TenantScopedRepository<
  RotationSettingsDoc,
  RotationSettings
> {
  constructor(@Inject(MONGO_CONNECTION) connection: Connection) {
    super(connection.model<RotationSettingsDoc>('RotationSettings', RotationSettingsSchema));
  }

  protected toPlain(d: RotationSettingsDoc): RotationSettings {
    return { tenureYears: d.tenureYears, revision: d.revision };
  }

  async of(agencyId: string, scope: AgencyScope): Promise<RotationSettings> {
    return (
      (await this.findOne(scope, { _id: agencyId })) ?? {
        tenureYears: DEFAULT_TENURE_YEARS,
        revision: null,
      }
    );
  }

  create(scope: AgencyScope, agencyId: string, tenureYears: number, entry: AuditEntry) {
    return this.insert(scope, {
      _id: agencyId,
      tenureYears,
      revision: 1,
      updatedAt: entry.at,
      audit: [entry],
    });
  }

  change(
    scope: AgencyScope,
    agencyId: string,
    revision: number,
    tenureYears: number,
    entry: AuditEntry,
  ) {
    return this.changeAudited(scope, { _id: agencyId }, revision, { $set: { tenureYears } }, entry);
  }
}
