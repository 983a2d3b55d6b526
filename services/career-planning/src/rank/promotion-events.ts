import {
  promotionDecidedV1,
  promotionEligibleV1,
  type PromotionEligibleV1,
} from '@jenjang/contracts';
import { sourceOf, stageEvent } from '@jenjang/messaging';
import type { OutboxEntry } from '@jenjang/persistence';
import { deterministicId } from '../shared/deterministic-id';
import type { Golongan } from './domain/golongan';
import type { PromotionKind } from './domain/promotion-settings';
import type { PromotionEligibility } from './promotion.repository';
import type { PromotionDecision } from './promotion.schema';

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

export interface DecidedFacts {
  agencyId: string;
  eligibility: Pick<
    PromotionEligibility,
    'id' | 'employeeId' | 'unitId' | 'periodDate' | 'kind' | 'eligible' | 'currentRank' | 'nextRank'
  >;
  decision: PromotionDecision;
  /** The entry's revision the decision was taken at: one event per decision, even when retried. */
  revision: number;
}

export function promotionDecided(f: DecidedFacts, at: Date): OutboxEntry {
  const e = f.eligibility;
  const id = deterministicId('promotion-decided', e.id, String(f.revision));
  return stageEvent(
    promotionDecidedV1,
    {
      id,
      time: at,
      data: {
        decisionId: id,
        eligibilityId: e.id,
        employeeId: e.employeeId,
        agencyId: f.agencyId,
        unitId: e.unitId,
        periodDate: e.periodDate,
        kind: e.kind,
        decision: f.decision,
        eligible: e.eligible,
        currentRank: e.currentRank,
        nextRank: e.nextRank,
        decidedAt: at.toISOString(),
        link: `/api/v1/promotions/periods/${e.periodDate}/employees/${e.employeeId}`,
      },
    },
    sourceOf('career-planning'),
  );
}
