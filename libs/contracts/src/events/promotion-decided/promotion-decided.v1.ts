import { Type, type Static } from '@sinclair/typebox';
import { defineEvent } from '../../define-event';
import { Id, stringEnum } from '../evaluation-vocabulary';
import { GolonganRuang, PromotionKind } from '../rank-vocabulary';

/** What the agency decided for a person in a period's kenaikan pangkat list. */
export const PROMOTION_DECISIONS = ['PROPOSED', 'NOT_PROPOSED'] as const;

const schema = Type.Object(
  {
    /**
     * The decision; deterministic from the eligibility and the revision it was taken at (UUID v5),
     * so a retried request never yields a second one. A later decision on the same entry (the
     * agency changed its mind) is a new id. Deduplicate on it; the newest decidedAt counts.
     */
    decisionId: Id('The decision; deterministic from the eligibility and its revision'),
    /** The eligibility entry decided (agency, period and employee). */
    eligibilityId: Id('The eligibility entry decided'),
    /** The employee; equals the `ce_subject` header and the Kafka key. */
    employeeId: Id('Employee; equals ce_subject and the Kafka key'),
    /** The agency (instansi); equals the `ce_agency` header. */
    agencyId: Id('Agency (instansi); equals ce_agency'),
    /** Unit kerja of the post held when the list was made; `null` when none is recorded. */
    unitId: Type.Union([Id('Unit kerja of the post held'), Type.Null()], {
      description: 'Unit kerja of the post held; null when no placement is recorded',
    }),
    /** The promotion period (a date the agency configured). */
    periodDate: Type.String({ format: 'date', description: 'Promotion period (KP) date' }),
    /** Kind of kenaikan pangkat the person was checked for. */
    kind: PromotionKind,
    decision: stringEnum(PROMOTION_DECISIONS, {
      description: 'PROPOSED (the agency proposes the person) or NOT_PROPOSED',
    }),
    /** Whether the person met every threshold when decided (a PROPOSED decision always did). */
    eligible: Type.Boolean({ description: 'Whether every threshold was met when decided' }),
    /** The rank held; null when none is recorded. */
    currentRank: Type.Union([GolonganRuang, Type.Null()], {
      description: 'Rank held; null when none is recorded',
    }),
    /** The rank the decision is about; null at the top rank or without a rank. */
    nextRank: Type.Union([GolonganRuang, Type.Null()], {
      description: 'Next rank; null at the top rank or without a rank',
    }),
    decidedAt: Type.String({ format: 'date-time', description: 'When decided' }),
    link: Type.String({
      pattern: '^/',
      description: 'Path of the entry in the career-planning API',
    }),
  },
  {
    description:
      'The agency decided whether to propose a person for kenaikan pangkat in a period. The ' +
      'reason is recorded (audited) in career planning, not published: no names, NIP, NIK or free text.',
  },
);

/** Payload of `public.career.promotion-decided.v1`. */
export type PromotionDecidedV1 = Static<typeof schema>;

export const promotionDecidedV1 = defineEvent({
  topic: 'public.career.promotion-decided.v1',
  producer: 'career-planning',
  subject: 'employeeId',
  agency: 'agencyId',
  summary: 'The agency proposed (or did not propose) a person for kenaikan pangkat',
  description:
    'Published for every decision on an entry of a period’s eligibility list (a changed decision ' +
    'is a new event). Analytics compare eligibility with proposals per period, unit and kind.',
  schema,
  example: {
    decisionId: '5a1c9e3d-2b7f-5d40-9c18-e6f0b4a2d713',
    eligibilityId: 'pemkab-sleman/2027-04-01/c0a8e1f4-2d6b-4f39-8a1e-5b7c9d3e2f10',
    employeeId: 'c0a8e1f4-2d6b-4f39-8a1e-5b7c9d3e2f10',
    agencyId: 'pemkab-sleman',
    unitId: 'pemkab-sleman.dinkes.yankes',
    periodDate: '2027-04-01',
    kind: 'REGULER',
    decision: 'PROPOSED',
    eligible: true,
    currentRank: 'III/a',
    nextRank: 'III/b',
    decidedAt: '2027-02-10T09:00:00+07:00',
    link: '/api/v1/promotions/periods/2027-04-01/employees/c0a8e1f4-2d6b-4f39-8a1e-5b7c9d3e2f10',
  },
  personalData: [
    { path: 'employeeId', why: 'Identifies the person the decision concerns.' },
    { path: 'eligibilityId', why: 'Names the person’s entry in the period’s list.' },
    { path: 'decision', why: 'A decision on the person’s career (promotion).' },
    { path: 'currentRank', why: 'Rank of the person: the basis of their pay.' },
    { path: 'nextRank', why: 'The rank the person may be promoted to.' },
  ],
});
