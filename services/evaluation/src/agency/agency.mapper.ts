import type { AgencySettingsDoc } from './agency-settings.schema';
import type { UnitPerformanceDoc } from './unit-performance.schema';

/** Stored agency settings as the service sees them: no storage id, no audit trail. */
export type StoredAgencySettings = Omit<AgencySettingsDoc, '_id' | 'audit'>;

/** A unit's organisation predikat as the service and API see it. */
export type UnitPerformance = Omit<UnitPerformanceDoc, '_id' | 'audit'>;

export function toStoredAgencySettings(doc: AgencySettingsDoc): StoredAgencySettings {
  const { _id, audit: _a, ...rest } = doc;
  return rest;
}

export function toUnitPerformance(doc: UnitPerformanceDoc): UnitPerformance {
  const { _id, audit: _a, ...rest } = doc;
  return rest;
}
