import { Injectable } from '@nestjs/common';
import type { RequestScope } from '@jenjang/platform';
import { PlanRepository } from '../plan/plan.repository';
import { PlacementRepository } from '../placement/placement.repository';
import { jakartaToday } from '../placement/placement.service';
import { PositionRepository } from '../position/position.repository';
import { SuccessionRepository } from '../succession/succession.repository';
import { TalentProfileRepository } from '../talent/talent-profile.repository';
import { nineBoxDistribution, stalledPlans, successionCoverage } from './domain/reports';

@Injectable()
export class ReportService {
  constructor(
    private readonly profiles: TalentProfileRepository,
    private readonly positions: PositionRepository,
    private readonly pools: SuccessionRepository,
    private readonly plans: PlanRepository,
    private readonly placements: PlacementRepository,
  ) {}

  /** Per unit where people work today (their placement), else where they were appraised. */
  async nineBox({ agency: scope }: RequestScope, unitId?: string) {
    const [profiles, held] = await Promise.all([
      this.profiles.list(scope),
      this.placements.list(scope, { on: jakartaToday() }, 50_000),
    ]);
    const unitOf = new Map(held.map((p) => [`${p.agencyId}/${p.employeeId}`, p.unitId]));
    const records = profiles.map((p) => ({
      unitId: unitOf.get(`${p.agencyId}/${p.employeeId}`) ?? p.unitId,
      box: p.placement?.box ?? null,
    }));
    return nineBoxDistribution(unitId ? records.filter((r) => r.unitId === unitId) : records);
  }

  async succession({ agency: scope }: RequestScope) {
    const [keys, pools] = await Promise.all([
      this.positions.list(scope, { isKey: true }),
      this.pools.list(scope),
    ]);
    return successionCoverage(
      keys.map((k) => ({ positionId: k.positionId, name: k.name, unitId: k.unitId })),
      pools,
    );
  }

  async stalled({ agency }: RequestScope, days: number) {
    const plans = await this.plans.list(agency);
    return stalledPlans(plans, new Date(), days, jakartaToday());
  }
}
