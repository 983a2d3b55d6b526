import { Type, type Static } from '@sinclair/typebox';
import { RequiredLevel } from './competency-vocabulary';
import { stringEnum } from './evaluation-vocabulary';

// The public vocabulary of the training events (DOMAIN.md §3, pengembangan kompetensi: PP 11/2017
// as amended by PP 17/2020). Shared by the training contracts and by consumers that show them.

/**
 * Forms of competency development. Klasikal (classroom) forms first, then non-klasikal forms.
 * KONSELING (counselling) is not a learning form of the regulation but a development action the
 * 9-box and weak predikat call for, so programs can offer it and recommendations can lead with it.
 */
export const KLASIKAL_FORMS = [
  'PELATIHAN_TEKNIS',
  'PELATIHAN_FUNGSIONAL',
  'PELATIHAN_KEPEMIMPINAN',
  'SEMINAR',
  'LOKAKARYA',
  'KURSUS',
  'BIMTEK',
] as const;
export const NON_KLASIKAL_FORMS = [
  'COACHING',
  'MENTORING',
  'KONSELING',
  'E_LEARNING',
  'PEMBELAJARAN_JARAK_JAUH',
  'DETASERING',
  'BENCHMARKING',
  'PERTUKARAN',
  'BELAJAR_MANDIRI',
  'KOMUNITAS_BELAJAR',
  'BIMBINGAN_DI_TEMPAT_KERJA',
  'MAGANG',
] as const;
export const TRAINING_FORMS = [...KLASIKAL_FORMS, ...NON_KLASIKAL_FORMS] as const;
export const TrainingForm = stringEnum(TRAINING_FORMS, {
  description:
    'Form of development. Klasikal: PELATIHAN_TEKNIS, PELATIHAN_FUNGSIONAL, ' +
    'PELATIHAN_KEPEMIMPINAN, SEMINAR, LOKAKARYA (workshop), KURSUS, BIMTEK. Non-klasikal: ' +
    'COACHING, MENTORING, KONSELING (counselling), E_LEARNING, PEMBELAJARAN_JARAK_JAUH, ' +
    'DETASERING (secondment), BENCHMARKING, PERTUKARAN (exchange), BELAJAR_MANDIRI (self-study), ' +
    'KOMUNITAS_BELAJAR, BIMBINGAN_DI_TEMPAT_KERJA (on-the-job guidance), MAGANG (internship)',
});
export type TrainingForm = Static<typeof TrainingForm>;

/**
 * The yearly JP every PNS is entitled to at least (PP 11/2017 art. 203(4) as amended by PP
 * 17/2020): an agency may set more for its PNS, never less.
 */
export const PNS_JP_MIN_PER_YEAR = 20;

/** JP (jam pelajaran): one lesson hour of 45 minutes; every PNS is entitled to 20 a year. */
export const Jp = (description: string) =>
  Type.Number({ minimum: 0, maximum: 10000, multipleOf: 0.5, description });

/** A competency a program develops, and whether completing it raises the assessed level. */
export const DevelopedCompetency = Type.Object(
  {
    /** Competency code (national code or the agency's TEKNIS code). */
    competencyCode: Type.String({
      minLength: 1,
      maxLength: 64,
      pattern: '^[A-Za-z0-9][A-Za-z0-9_.-]*$',
      description: 'National code (e.g. KERJA_SAMA) or the agency TEKNIS code',
    }),
    /** The level the program develops the competency to, 1–5. */
    level: RequiredLevel('Level the program develops the competency to, 1-5'),
    /**
     * True when completing the program certifies the level (e.g. an accredited leadership
     * training), so competency raises the assessed level to `level`; false when it only supports
     * development (the level is then assessed separately).
     */
    raisesAssessedLevel: Type.Boolean({
      description:
        'True: completion raises the assessed level to `level`; false: development only, the ' +
        'level is assessed separately',
    }),
  },
  { description: 'A competency the program develops' },
);
export type DevelopedCompetency = Static<typeof DevelopedCompetency>;
