import { Inject, Injectable } from '@nestjs/common';
import type { Connection } from 'mongoose';
import {
  MONGO_CONNECTION,
  TenantScopedRepository,
  type AgencyScope,
  type AuditEntry,
} from '@jenjang/persistence';
import { toStoredAgencySettings, type StoredAgencySettings } from './agency.mapper';
import { AgencySettingsSchema, type AgencySettingsDoc } from './agency-settings.schema';

export type AgencySettingsChange = Pick<
  AgencySettingsDoc,
  'periodKinds' | 'objectionWindowDays' | 'curve'
>;

// The settings document's id is the agency's id, so a scope names exactly one document.
function agencyOf(scope: AgencyScope): string {
  if (scope.kind !== 'agency') throw new Error('agency settings need an agency scope');
  return scope.agencyId;
}

@Injectable()
export class AgencySettingsRepository extends TenantScopedRepository<
  AgencySettingsDoc,
  StoredAgencySettings
> {
  constructor(@Inject(MONGO_CONNECTION) connection: Connection) {
    super(connection.model<AgencySettingsDoc>('AgencySettings', AgencySettingsSchema));
  }

  protected toPlain(doc: AgencySettingsDoc): StoredAgencySettings {
    return toStoredAgencySettings(doc);
  }

  get(scope: AgencyScope): Promise<StoredAgencySettings | null> {
    return this.findOne(scope, { _id: agencyOf(scope) });
  }

  /** The first save; fails with a duplicate key (11000) if another one won the race. */
  create(
    scope: AgencyScope,
    values: AgencySettingsChange,
    audit: AuditEntry,
  ): Promise<StoredAgencySettings> {
    return this.insert(scope, {
      _id: agencyOf(scope),
      ...values,
      revision: 1,
      createdAt: audit.at,
      updatedAt: audit.at,
      audit: [audit],
    });
  }

  /** Throws RevisionConflictError when the settings moved on since `expectedRevision`. */
  change(
    scope: AgencyScope,
    expectedRevision: number,
    values: AgencySettingsChange,
    audit: AuditEntry,
  ): Promise<StoredAgencySettings> {
    return this.changeAudited(
      scope,
      { _id: agencyOf(scope) },
      expectedRevision,
      { $set: values },
      audit,
    );
  }

  async auditOf(scope: AgencyScope): Promise<AuditEntry[]> {
    return (await this.auditTrail(scope, { _id: agencyOf(scope) })) ?? [];
  }
}
