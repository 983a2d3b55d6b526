import { Inject, Injectable } from '@nestjs/common';
import type { Connection } from 'mongoose';
import {
  agencyScope,
  AgencySettingsStore,
  AuditedAggregateRepository,
  DuplicateKeyError,
  MONGO_CONNECTION,
  type AgencyScope,
  type NewAggregate,
  type OutboxEntry,
} from '@jenjang/persistence';
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
export class RotationRepository extends AuditedAggregateRepository<RotationDoc, Rotation> {
  constructor(@Inject(MONGO_CONNECTION) connection: Connection) {
    super(connection.model<RotationDoc>('RotationProposal', RotationSchema));
  }

  protected toPlain(doc: RotationDoc): Rotation {
    const { _id, audit: _a, outbox: _o, outboxLease: _l, ...rest } = doc;
    return { id: _id, ...rest };
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
  async proposeOnce(
    scope: AgencyScope,
    doc: NewAggregate<RotationDoc>,
    events: OutboxEntry[],
  ): Promise<boolean> {
    try {
      await this.create(scope, doc, events);
      return true;
    } catch (error) {
      if (error instanceof DuplicateKeyError) return false;
      throw error;
    }
  }
}

export interface RotationSettings {
  tenureYears: number;
  revision: number | null;
}

/** The agency's rotation settings (one document per agency, revision-guarded, audited). */
@Injectable()
export class RotationSettingsRepository extends AgencySettingsStore<
  RotationSettingsDoc,
  RotationSettings
> {
  constructor(@Inject(MONGO_CONNECTION) connection: Connection) {
    super(connection.model<RotationSettingsDoc>('RotationSettings', RotationSettingsSchema));
  }

  protected toPlain(d: RotationSettingsDoc): RotationSettings {
    return { tenureYears: d.tenureYears, revision: d.revision };
  }

  /** The settings in force: the agency's, or the defaults (revision null). */
  async of(agencyId: string): Promise<RotationSettings> {
    return (
      (await this.get(agencyScope(agencyId))) ?? {
        tenureYears: DEFAULT_TENURE_YEARS,
        revision: null,
      }
    );
  }
}
