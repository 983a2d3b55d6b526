import { Inject, Injectable } from '@nestjs/common';
import type { Connection } from 'mongoose';
import { placementOn, type OrgChart, type ReportingLine } from '@jenjang/auth';
import {
  agencyScope,
  BatchedReads,
  cacheKey,
  CONFIG_CACHE_MS,
  MONGO_CONNECTION,
  TenantScopedRepository,
  TtlCache,
  type AgencyScope,
} from '@jenjang/persistence';
import { orgChartKey, OrgChartSchema, type OrgChartDoc } from './org-chart.schema';

// Enough for a long career of placements; the oldest are dropped first.
const KEPT_PLACEMENTS = 50;

/** Keeps the highest revision of each placement, newest start first. */
export function mergePlacement(
  known: readonly ReportingLine[],
  line: ReportingLine,
): ReportingLine[] | null {
  const seen = known.find((l) => l.placementId === line.placementId);
  if (seen && seen.revision >= line.revision) return null;
  return [...known.filter((l) => l.placementId !== line.placementId), line]
    .sort((a, b) => b.validFrom.localeCompare(a.validFrom))
    .slice(0, KEPT_PLACEMENTS);
}

/** The service's copy of the org chart, from `employee-placed` events. */
@Injectable()
export class OrgChartRepository
  extends TenantScopedRepository<OrgChartDoc, OrgChartDoc>
  implements OrgChart
{
  private readonly units = new TtlCache<ReadonlyMap<string, string[]>>(CONFIG_CACHE_MS);

  constructor(@Inject(MONGO_CONNECTION) connection: Connection) {
    super(connection.model<OrgChartDoc>('OrgChart', OrgChartSchema));
  }

  // The event path's reads (a placement per event): the reads of one turn share one query by _id.
  private readonly byKey = new BatchedReads<OrgChartDoc, OrgChartDoc>(this.model, '_id', (d) => d);

  protected toPlain(d: OrgChartDoc): OrgChartDoc {
    return d;
  }

  async lines(scope: AgencyScope, agencyId: string, employeeId: string): Promise<ReportingLine[]> {
    const doc = await this.findOne(scope, { _id: orgChartKey(agencyId, employeeId) });
    return doc?.placements ?? [];
  }

  async placementOn(
    agencyId: string,
    employeeId: string,
    day: string,
  ): Promise<ReportingLine | null> {
    return placementOn(await this.lines(agencyScope(agencyId), agencyId, employeeId), day);
  }

  /**
   * placementOn for a read made on every event: concurrent handlers' reads share one command
   * (`_id` $in, answered by lookups), nothing kept beyond the turn.
   */
  async placementOnBatched(
    agencyId: string,
    employeeId: string,
    day: string,
  ): Promise<ReportingLine | null> {
    const doc = await this.byKey.one(agencyId, orgChartKey(agencyId, employeeId));
    return placementOn(doc?.placements ?? [], day);
  }

  /**
   * Who is placed in a unit on a day (its headcount, e.g. for the predikat distribution curve),
   * from the agency's units on that day (unitsOn).
   */
  async unitMembersOn(agencyId: string, unitId: string, day: string): Promise<string[]> {
    return [...((await this.unitsOn(agencyId, day)).get(unitId) ?? [])];
  }

  /** Headcount of every unit of an agency on a day, by unit id (unitsOn). */
  async headcountByUnit(agencyId: string, day: string): Promise<Map<string, number>> {
    const units = await this.unitsOn(agencyId, day);
    return new Map([...units].map(([unitId, members]) => [unitId, members.length]));
  }

  /**
   * The people of an agency whose post on a day says PPPK (one read of the chart): the rules
   * for PNS (e.g. the 20 JP minimum) are not theirs.
   */
  async pppkOn(agencyId: string, day: string): Promise<Set<string>> {
    const found = new Set<string>();
    for (const d of await this.find(agencyScope(agencyId), {})) {
      if (placementOn(d.placements, day)?.employmentType === 'PPPK') found.add(d.employeeId);
    }
    return found;
  }

  /**
   * Records a placement revision. Events of one employee arrive in order (the key is the
   * employee), so a read and a write are enough; an older or repeated revision changes nothing.
   */
  async record(line: ReportingLine): Promise<void> {
    const scope = agencyScope(line.agencyId);
    const known = await this.lines(scope, line.agencyId, line.employeeId);
    const placements = mergePlacement(known, line);
    if (!placements) return;
    await this.findOneAndUpdate(
      scope,
      { _id: orgChartKey(line.agencyId, line.employeeId) },
      { $set: { employeeId: line.employeeId, placements, updatedAt: new Date() } },
      { upsert: true },
    );
    this.units.clear(cacheKey(scope));
  }

  /**
   * The agency's units on a day and who is placed in each: one read of the whole chart, then
   * from memory for CONFIG_CACHE_MS (issue 12: the predikat curve asked on every predikat). A
   * placement this process records is seen at once, another replica's within that time.
   */
  private unitsOn(agencyId: string, day: string): Promise<ReadonlyMap<string, string[]>> {
    const scope = agencyScope(agencyId);
    return this.units.get(cacheKey(scope, day), async () => {
      const units = new Map<string, string[]>();
      for (const d of await this.find(scope, {})) {
        const unitId = placementOn(d.placements, day)?.unitId;
        if (!unitId) continue;
        const members = units.get(unitId);
        if (members) members.push(d.employeeId);
        else units.set(unitId, [d.employeeId]);
      }
      return units;
    });
  }
}
