import { Injectable } from '@nestjs/common';
import type { RequestScope } from '@jenjang/platform';
import { declinesByUnit } from './domain/decline-report';
import { RecommendationSetRepository } from './recommendation.repository';

/** Where the other half of the resistance-to-change signal lives (career planning's API). */
export const rotationAcceptanceReport = (agencyId: string) => ({
  service: 'career-planning',
  path: `/api/v1/agencies/${encodeURIComponent(agencyId)}/reports/rotation-acceptance`,
  title: {
    id: 'Penerimaan usulan rotasi dan alasan keberatan per unit',
    en: 'Acceptance of rotation proposals and the reasons for objecting, per unit',
  },
});

@Injectable()
export class RecommendationReportService {
  constructor(private readonly sets: RecommendationSetRepository) {}

  /** Per unit of the agency: recommendations declined, the decline rate and the reasons given. */
  async declines({ agency, agencyId }: RequestScope) {
    const sets = await this.sets.list(agency);
    return {
      units: declinesByUnit(sets.map((s) => ({ unitId: s.unitId, items: s.items }))),
      related: rotationAcceptanceReport(agencyId),
    };
  }
}
