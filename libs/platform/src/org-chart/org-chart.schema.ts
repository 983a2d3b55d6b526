import { Schema } from 'mongoose';
import type { ReportingLine } from '@jenjang/auth';
import { tenantGuardPlugin } from '@jenjang/persistence';

export const ORG_CHART_COLLECTION = 'org_chart';

/**
 * One employee's placements in one agency, as career planning published them: the service's own
 * copy of the org chart, read by `_id` (`<agencyId>:<employeeId>`) on every relationship check.
 */
export interface OrgChartDoc {
  _id: string;
  agencyId: string;
  employeeId: string;
  /** The latest revision of each placement, newest first, bounded. */
  placements: ReportingLine[];
  updatedAt: Date;
}

export const OrgChartSchema = new Schema<OrgChartDoc>(
  {
    _id: { type: String, required: true },
    agencyId: { type: String, required: true },
    employeeId: { type: String, required: true },
    placements: { type: Schema.Types.Mixed, default: [] },
    updatedAt: { type: Date, required: true },
  },
  { collection: ORG_CHART_COLLECTION, versionKey: false, minimize: false },
);
OrgChartSchema.plugin(tenantGuardPlugin);

export const orgChartKey = (agencyId: string, employeeId: string): string =>
  `${agencyId}:${employeeId}`;
