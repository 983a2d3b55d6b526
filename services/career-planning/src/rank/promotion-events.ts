import { promotionEligibleV1, type PromotionEligibleV1 } from '@jenjang/contracts';
import { sourceOf, stageEvent } from '@jenjang/messaging';
import type { OutboxEntry } from '@jenjang/persistence';
import { deterministicId } from '../shared/deterministic-id';
import type { Golongan } from './domain/golongan';
import type { PromotionKind } from './domain/promotion-settings';

export interface EligibleFacts {
  agencyId: string;
  employeeId: string;
  unitId: string | null;
  periodDate: string;
  kind: PromotionKind;
  currentRank: Golongan;
  currentRankSince: string;
  nextRank: Golongan;
  predikatHistory: { year: number; predikat: string }[];
}

export function promotionEligible(f: EligibleFacts, at: Date): OutboxEntry {
  const id = deterministicId('promotion-eligible', f.agencyId, f.periodDate, f.employeeId, f.kind);
  return stageEvent(
    promotionEligibleV1,
    {
      subject: f.employeeId,
      agency: f.agencyId,
      id,
      time: at,
      data: {
        eligibilityId: id,
        employeeId: f.employeeId,
        agencyId: f.agencyId,
        unitId: f.unitId,
        periodDate: f.periodDate,
        kind: f.kind,
        currentRank: f.currentRank,
        currentRankSince: f.currentRankSince,
        nextRank: f.nextRank,
        // Validated against the contract's predikat enum when staged.
        predikatHistory: f.predikatHistory.slice(0, 10) as PromotionEligibleV1['predikatHistory'],
        determinedAt: at.toISOString(),
        link: `/api/v1/promotions/me`,
      },
    },
    sourceOf('career-planning'),
  );
}
