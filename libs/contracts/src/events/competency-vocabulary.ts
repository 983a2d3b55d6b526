import { Type, type Static } from '@sinclair/typebox';
import { stringEnum } from './evaluation-vocabulary';
import type { BilingualText as BilingualTextType } from '../labels/bilingual-text';

// The public vocabulary of the competency events (PermenPANRB 38/2017, Standar Kompetensi Jabatan
// ASN), shared by its contracts and by consumers that match programs to competencies. Enums follow
// evaluation-vocabulary: a JSON Schema `enum` of strings, never widened within a published version.

/** The three kinds of competency: manajerial, sosial kultural, and teknis (per agency). */
export const COMPETENCY_KINDS = ['MANAJERIAL', 'SOSIAL_KULTURAL', 'TEKNIS'] as const;
export const CompetencyKind = stringEnum(COMPETENCY_KINDS, {
  description: 'MANAJERIAL, SOSIAL_KULTURAL (national dictionaries) or TEKNIS (agency dictionary)',
});
export type CompetencyKind = Static<typeof CompetencyKind>;

/**
 * The national managerial (8) and socio-cultural (1) competencies with their stable codes. TEKNIS
 * codes come from each agency's own dictionary, so the schema does not enumerate codes.
 */
export const NATIONAL_COMPETENCIES = [
  { code: 'INTEGRITAS', name: 'Integritas', kind: 'MANAJERIAL' },
  { code: 'KERJA_SAMA', name: 'Kerja Sama', kind: 'MANAJERIAL' },
  { code: 'KOMUNIKASI', name: 'Komunikasi', kind: 'MANAJERIAL' },
  { code: 'ORIENTASI_PADA_HASIL', name: 'Orientasi pada Hasil', kind: 'MANAJERIAL' },
  { code: 'PELAYANAN_PUBLIK', name: 'Pelayanan Publik', kind: 'MANAJERIAL' },
  {
    code: 'PENGEMBANGAN_DIRI_DAN_ORANG_LAIN',
    name: 'Pengembangan Diri dan Orang Lain',
    kind: 'MANAJERIAL',
  },
  { code: 'MENGELOLA_PERUBAHAN', name: 'Mengelola Perubahan', kind: 'MANAJERIAL' },
  { code: 'PENGAMBILAN_KEPUTUSAN', name: 'Pengambilan Keputusan', kind: 'MANAJERIAL' },
  { code: 'PEREKAT_BANGSA', name: 'Perekat Bangsa', kind: 'SOSIAL_KULTURAL' },
] as const satisfies readonly { code: string; name: string; kind: CompetencyKind }[];
export type NationalCompetencyCode = (typeof NATIONAL_COMPETENCIES)[number]['code'];

/** A competency code: a national code of NATIONAL_COMPETENCIES or the agency's TEKNIS code. */
export const CompetencyCode = Type.String({
  minLength: 1,
  maxLength: 64,
  pattern: '^[A-Za-z0-9][A-Za-z0-9_.-]*$',
  description:
    'National code (e.g. KERJA_SAMA) for MANAJERIAL and SOSIAL_KULTURAL; the code of the ' +
    "agency's own dictionary for TEKNIS (unique within the agency)",
});

/** Name of the competency at the time of the event, for display. */
export const CompetencyName = Type.String({
  minLength: 1,
  maxLength: 200,
  description: 'Name of the competency in its dictionary, for display',
});

// Levels 1–5 of PermenPANRB 38/2017; a standard always requires at least level 1.
export const COMPETENCY_LEVEL_MAX = 5;

/** A level a standard requires or a development need aims at: 1–5. */
export const RequiredLevel = (description: string) =>
  Type.Integer({ minimum: 1, maximum: COMPETENCY_LEVEL_MAX, description });

/** Which standard a gap is measured against: the position held or the target position. */
export const GAP_REFERENCES = ['HELD', 'TARGET'] as const;
export const GapReference = stringEnum(GAP_REFERENCES, {
  description: 'HELD: standard of the position held; TARGET: standard of the target position',
});
export type GapReference = Static<typeof GapReference>;

/** What made the competency service assess the gaps again. */
export const GAP_CAUSE_KINDS = [
  'APPRAISAL_FINALIZED',
  'PROFILE_UPDATED',
  'STANDARD_CHANGED',
  'TRAINING_COMPLETED',
] as const;
export const GapCauseKind = stringEnum(GAP_CAUSE_KINDS, {
  description:
    'APPRAISAL_FINALIZED (appraisal-finalized), PROFILE_UPDATED (an assessed level or the ' +
    'target position changed), STANDARD_CHANGED (a new version of a position standard), ' +
    'TRAINING_COMPLETED (training-completed raised a level)',
});
export type GapCauseKind = Static<typeof GapCauseKind>;

/** Where a development need comes from. */
export const NEED_SOURCES = ['GAP_HELD', 'GAP_TARGET', 'APPRAISAL'] as const;
export const NeedSource = stringEnum(NEED_SOURCES, {
  description:
    'GAP_HELD: below the standard of the position held; GAP_TARGET: below the standard of the ' +
    'target position; APPRAISAL: a weak BerAKHLAK value or hasil kerja in the appraisal',
});
export type NeedSource = Static<typeof NeedSource>;

/** At most this many development needs per assessment (the local-system convention of ten). */
export const MAX_DEVELOPMENT_NEEDS = 10;

/** A text for a civil servant in Bahasa Indonesia, with its English rendering. */
export const BilingualText = (description: string) =>
  Type.Object(
    {
      /** Bahasa Indonesia: the text shown by default. */
      id: Type.String({ minLength: 1, maxLength: 500, description: 'Bahasa Indonesia' }),
      /** English rendering of the same text. */
      en: Type.String({ minLength: 1, maxLength: 500, description: 'English rendering' }),
    },
    { description },
  );
/** The platform's one bilingual text type (the schema above validates it on the wire). */
export type BilingualText = BilingualTextType;
