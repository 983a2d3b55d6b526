import { Type, type Static } from '@sinclair/typebox';
import { defineEvent } from '../../define-event';
import { Id, Predikat } from '../evaluation-vocabulary';
import { GolonganRuang, PromotionKind } from '../rank-vocabulary';

const schema = Type.Object(
  {
    /**
     * The eligibility; deterministic from agency, period, employee and kind (UUID v5), so a
     * re-evaluation of the same period never yields a second one. Deduplicate on it.
     */
    eligibilityId: Id('The eligibility; deterministic from agency, period, employee and kind'),
    /** The employee; equals the `ce_subject` header and the Kafka key. */
    employeeId: Id('Employee; equals ce_subject and the Kafka key'),
    /** The agency (instansi); equals the `ce_agency` header. */
    agencyId: Id('Agency (instansi); equals ce_agency'),
    /** Unit kerja of the post held, `null` when no placement is recorded. */
    unitId: Type.Union([Id('Unit kerja of the post held'), Type.Null()], {
      description: 'Unit kerja of the post held; null when no placement is recorded',
    }),
    /** The promotion period (a date the agency configured, e.g. 1 April or 1 October). */
    periodDate: Type.String({ format: 'date', description: 'Promotion period (KP) date' }),
    /** Kind of kenaikan pangkat the person was checked for. */
    kind: PromotionKind,
    /** The rank held (pangkat/golongan ruang). */
    currentRank: GolonganRuang,
    /** Day the current rank took effect (TMT). */
    currentRankSince: Type.String({ format: 'date', description: 'TMT of the current rank' }),
    /** The rank the person is eligible for. */
    nextRank: GolonganRuang,
    /** The annual predikat the check used, newest first (objective criteria, merit system). */
    predikatHistory: Type.Array(
      Type.Object(
        {
          year: Type.Integer({ minimum: 2000, maximum: 2100, description: 'Appraisal year' }),
          predikat: Predikat,
        },
        { description: 'An annual predikat' },
      ),
      { maxItems: 10, description: 'Annual predikat used, newest first' },
    ),
    /** When the person was found eligible. */
    determinedAt: Type.String({ format: 'date-time', description: 'When found eligible' }),
    /** Path of the person's eligibility in the career-planning API. */
    link: Type.String({ pattern: '^/', description: 'Path in the career-planning API' }),
  },
  {
    description:
      'A person meets every kenaikan pangkat threshold of their agency for a period (eligible ' +
      'to be proposed; the agency decides). Published once per period and kind. No names, NIP or NIK.',
  },
);

/** Payload of `public.career.promotion-eligible.v1`. */
export type PromotionEligibleV1 = Static<typeof schema>;

export const promotionEligibleV1 = defineEvent({
  topic: 'public.career.promotion-eligible.v1',
  producer: 'career-planning',
  subject: 'employeeId',
  agency: 'agencyId',
  summary: 'An employee became eligible for kenaikan pangkat in a period',
  description:
    "Published when the agency's eligibility list for a period first finds the person meeting " +
    'every threshold (years in rank, annual predikat, superior, sanction, angka kredit). ' +
    'Notification tells the person; analytics count eligibility per period and unit.',
  schema,
  example: {
    eligibilityId: '0f6d2c4e-7a1b-5c39-8e2d-4b6a9c1f3e75',
    employeeId: 'c0a8e1f4-2d6b-4f39-8a1e-5b7c9d3e2f10',
    agencyId: 'pemkab-sleman',
    unitId: 'pemkab-sleman.dinkes.yankes',
    periodDate: '2027-04-01',
    kind: 'REGULER',
    currentRank: 'III/a',
    currentRankSince: '2023-04-01',
    nextRank: 'III/b',
    predikatHistory: [
      { year: 2026, predikat: 'BAIK' },
      { year: 2025, predikat: 'SANGAT_BAIK' },
    ],
    determinedAt: '2027-01-15T09:00:00+07:00',
    link: '/api/v1/promotions/me',
  },
  personalData: [
    { path: 'employeeId', why: 'Identifies the person found eligible.' },
    { path: 'currentRank', why: 'Rank of the person: the basis of their pay.' },
    { path: 'currentRankSince', why: 'When the person took their rank.' },
    { path: 'nextRank', why: 'The rank the person may be promoted to.' },
    { path: 'predikatHistory', why: 'Performance assessments of the person.' },
  ],
});
