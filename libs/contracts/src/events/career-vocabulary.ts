import { Type, type Static } from '@sinclair/typebox';
import { stringEnum } from './evaluation-vocabulary';

// The public vocabulary of the career events (DOMAIN.md §4: PermenPANRB 3/2020 Manajemen Talenta,
// PP 11/2017 pola karier). Shared by the career contracts and by consumers that show them.

/** Kelas jabatan (position grade) 1–17 of the Indonesian civil service. */
export const POSITION_GRADE_MIN = 1;
export const POSITION_GRADE_MAX = 17;
export const PositionGrade = (description: string) =>
  Type.Integer({ minimum: POSITION_GRADE_MIN, maximum: POSITION_GRADE_MAX, description });

/**
 * How a placement relates to the previous one (pola karier): the first placement on the
 * platform, an equal post (HORIZONTAL), a higher post in the same family JPT / JA / JF (VERTICAL),
 * a higher post in another family (DIAGONAL), or a lower grade (LOWER: not a career move of the
 * regulation, but placements record what happened).
 */
export const CAREER_MOVES = ['INITIAL', 'HORIZONTAL', 'VERTICAL', 'DIAGONAL', 'LOWER'] as const;
export const CareerMove = stringEnum(CAREER_MOVES, {
  description:
    'INITIAL (first placement known), HORIZONTAL (equal grade), VERTICAL (higher grade, same ' +
    'family JPT/JA/JF), DIAGONAL (higher grade, other family) or LOWER (lower grade)',
});
export type CareerMove = Static<typeof CareerMove>;

/**
 * Kind of ASN employment: PNS (civil servant, with a pangkat/golongan and the 20 JP minimum of
 * PP 17/2020) or PPPK (government employee under contract, PP 49/2018: no pangkat, their own
 * development rule).
 */
export const EMPLOYMENT_TYPES = ['PNS', 'PPPK'] as const;
export const EmploymentType = stringEnum(EMPLOYMENT_TYPES, {
  description: 'PNS (civil servant) or PPPK (government employee under contract)',
});
export type EmploymentType = Static<typeof EmploymentType>;

/** A 9-box placement: 1 (low kinerja, low potensi) … 9 (high kinerja, high potensi). */
export const TalentBox = (description: string) =>
  Type.Integer({ minimum: 1, maximum: 9, description });

/** Low / middle / high on one axis of the 9-box, by the agency's cut-offs. */
export const TALENT_LEVELS = ['LOW', 'MEDIUM', 'HIGH'] as const;
export const TalentLevel = stringEnum(TALENT_LEVELS, {
  description: 'LOW, MEDIUM or HIGH by the cut-offs the agency configures',
});
export type TalentLevel = Static<typeof TalentLevel>;

/** What made career planning place the person again. */
export const TALENT_CAUSE_KINDS = [
  'APPRAISAL_FINALIZED',
  'POTENTIAL_ASSESSED',
  'CUTOFFS_CHANGED',
] as const;
export const TalentCauseKind = stringEnum(TALENT_CAUSE_KINDS, {
  description:
    'APPRAISAL_FINALIZED (an annual appraisal-finalized), POTENTIAL_ASSESSED (a potential ' +
    'assessment was recorded) or CUTOFFS_CHANGED (the agency changed its 9-box cut-offs)',
});
export type TalentCauseKind = Static<typeof TalentCauseKind>;
