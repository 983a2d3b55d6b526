import { Injectable } from '@nestjs/common';
import type { Principal } from '@jenjang/auth';
import { agencyScope } from '@jenjang/persistence';
import { declinesByUnit } from './domain/decline-report';
import { RecommendationSetRepository } from './recommendation.repository';

/** Where the other half of the resistance-to-change signal lives (career planning's API). */
export const ROTATION_ACCEPTANCE_REPORT = {
  service: 'career-planning',
  path: '/api/v1/reports/rotation-acceptance',
  title: {
    id: 'Penerimaan usulan rotasi dan alasan keberatan per unit',
    en: 'Acceptance of rotation proposals and the reasons for objecting, per unit',
  },
};

@Injectable()
export class RecommendationReportService {
  constructor(private readonly sets: RecommendationSetRepository) {}

  /** Per unit of the agency: recommendations declined, the decline rate and the reasons given. */
  async declines(p: Principal) {
    const sets = await this.sets.list(agencyScope(p.agencyId));
    return {
      units: declinesByUnit(sets.map((s) => ({ unitId: s.unitId, items: s.items }))),
      related: ROTATION_ACCEPTANCE_REPORT,
    };
  }
}
