import { Type, type Static } from '@sinclair/typebox';
import { defineEvent } from '../../define-event';
import {
  AppraisalPeriod,
  BerakhlakValue,
  Id,
  POSITION_GROUPS,
  Predikat,
  Rating,
  stringEnum,
} from '../evaluation-vocabulary';

/** Outcome of a keberatan (objection) against the predikat. */
export const OBJECTION_OUTCOMES = ['NONE', 'UPHELD', 'REJECTED'] as const;
export type ObjectionOutcome = (typeof OBJECTION_OUTCOMES)[number];

const schema = Type.Object(
  {
    /** Id of this appraisal version; each version (original or correction) has its own id. */
    appraisalId: Id('Id of this appraisal version; a correction has its own id'),
    /** 1 for the original appraisal, n+1 for the correction of version n. */
    version: Type.Integer({
      minimum: 1,
      description: '1 for the original appraisal; each correction increments it',
    }),
    /**
     * The `appraisalId` this version corrects and supersedes, `null` for version 1. A consumer
     * replaces whatever it derived from that appraisal.
     */
    correctionOf: Type.Union([Id('Superseded appraisal id'), Type.Null()], {
      description: 'appraisalId this version corrects and supersedes; null for version 1',
    }),
    /** The SKP (Sasaran Kinerja Pegawai, performance plan) the appraisal rates. */
    skpId: Id('SKP (performance plan) the appraisal rates'),
    /** The appraised employee; equals the `ce_subject` header and the Kafka key. */
    employeeId: Id('Appraised employee; equals ce_subject and the Kafka key'),
    /** The agency (instansi); equals the `ce_agency` header. */
    agencyId: Id('Agency (instansi); equals ce_agency'),
    /** Unit kerja (OPD or its sub-unit) the employee belonged to during the period. */
    unitId: Id('Unit kerja the employee belonged to during the period'),
    /** Jabatan (position) held during the period: competency standards are per jabatan. */
    position: Type.Object(
      {
        /** Jabatan id as in the competency position standards. */
        id: Id('Jabatan id'),
        /** Name of the jabatan, for display. */
        name: Type.String({ minLength: 1, description: 'Jabatan name' }),
        /** Group of the jabatan. */
        group: stringEnum(POSITION_GROUPS, {
          description: 'JPT, ADMINISTRATOR, PENGAWAS, PELAKSANA or FUNGSIONAL',
        }),
      },
      { description: 'Jabatan held during the period' },
    ),
    /** The appraised period; `kind: TAHUNAN` is the annual appraisal that feeds talent management. */
    period: AppraisalPeriod,
    /** Rating of hasil kerja (work results). */
    ratingHasilKerja: Rating,
    /** Rating of perilaku kerja (behaviour: the BerAKHLAK values as a whole). */
    ratingPerilakuKerja: Rating,
    /** Predikat kinerja pegawai from both ratings (after any objection). */
    predikat: Predikat,
    /**
     * Per BerAKHLAK value, what the penilai gave: a rating, a note, or both. Values the penilai did
     * not address are absent; each value appears at most once.
     */
    perilaku: Type.Array(
      Type.Object({
        /** The BerAKHLAK value. */
        value: BerakhlakValue,
        /** Rating of this value, when the penilai gave one. */
        rating: Type.Optional(Rating),
        /** The penilai's note on this value, when given. */
        note: Type.Optional(Type.String({ maxLength: 1000, description: "Penilai's note" })),
      }),
      {
        maxItems: 7,
        description: 'Per-BerAKHLAK-value rating and/or note where the penilai gave them',
      },
    ),
    /** Short summary of the penilai's feedback for the period; may be empty. */
    feedbackSummary: Type.String({
      maxLength: 2000,
      description: "Short summary of the penilai's feedback; may be empty",
    }),
    /** The penilai (pejabat penilai kinerja); recipients are resolved from employee ids. */
    penilaiId: Id('Employee id of the penilai (pejabat penilai kinerja)'),
    /** The atasan penilai (who decides objections); `null` when not an employee on the platform. */
    atasanPenilaiId: Type.Union([Id('Atasan penilai'), Type.Null()], {
      description: 'Employee id of the atasan penilai; null when not an employee on the platform',
    }),
    /** The keberatan (objection) stage, already reflected in the ratings and predikat above. */
    objection: Type.Object(
      {
        /** `NONE`: no objection; `UPHELD`: accepted by the atasan penilai; `REJECTED`: refused. */
        outcome: stringEnum(OBJECTION_OUTCOMES, {
          description: 'NONE (no objection), UPHELD (accepted) or REJECTED',
        }),
        /** When the atasan penilai decided; `null` when there was no objection. */
        decidedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()], {
          description: 'When the atasan penilai decided; null for NONE',
        }),
      },
      { description: 'Keberatan (objection) outcome' },
    ),
    /** When the appraisal became FINAL. */
    finalizedAt: Type.String({
      format: 'date-time',
      description: 'When the appraisal became FINAL',
    }),
    /** Path of the appraisal in the evaluation API, e.g. `/api/v1/appraisals/{appraisalId}`. */
    link: Type.String({
      pattern: '^/',
      description: 'Path of the appraisal in the evaluation API (relative to its base URL)',
    }),
  },
  {
    description:
      'A final, immutable appraisal. employeeId and agencyId repeat the ce_subject and ce_agency ' +
      'headers so a stored payload stands alone. No names, NIP, NIK or contact details: consumers ' +
      'resolve people from employee ids (their own directory, fed by employee-placed).',
  },
);

/** Payload of `public.evaluation.appraisal-finalized.v1`. */
export type AppraisalFinalizedV1 = Static<typeof schema>;

export const appraisalFinalizedV1 = defineEvent({
  topic: 'public.evaluation.appraisal-finalized.v1',
  producer: 'evaluation',
  subject: 'employeeId',
  agency: 'agencyId',
  summary: 'An appraisal became final',
  description:
    'Published once per appraisal version when it reaches FINAL (objection window closed or the ' +
    'objection decided). Carries everything competency, training, career planning and ' +
    'notification act on, so no consumer calls back. A correction is a new version with its own ' +
    'appraisalId and event, pointing at the superseded one in correctionOf.',
  schema,
  example: {
    appraisalId: '7d3c2a9e-5b1f-4c8e-9a6d-2f4e8b1c0a37',
    version: 1,
    correctionOf: null,
    skpId: 'b51e0f42-8c3d-4a7b-9e15-6d2c4f8a1b90',
    employeeId: 'c0a8e1f4-2d6b-4f39-8a1e-5b7c9d3e2f10',
    agencyId: 'pemkab-sleman',
    unitId: 'pemkab-sleman.dinkes.yankes',
    position: {
      id: 'jab-penelaah-teknis-kebijakan',
      name: 'Penelaah Teknis Kebijakan',
      group: 'PELAKSANA',
    },
    period: {
      kind: 'TAHUNAN',
      year: 2025,
      index: null,
      startDate: '2025-01-01',
      endDate: '2025-12-31',
    },
    ratingHasilKerja: 'SESUAI_EKSPEKTASI',
    ratingPerilakuKerja: 'DI_BAWAH_EKSPEKTASI',
    predikat: 'KURANG_MISCONDUCT',
    perilaku: [
      {
        value: 'KOLABORATIF',
        rating: 'DI_BAWAH_EKSPEKTASI',
        note: 'Jarang berbagi data kunjungan puskesmas dengan seksi lain sebelum rapat evaluasi.',
      },
      { value: 'ADAPTIF', rating: 'DI_BAWAH_EKSPEKTASI' },
      {
        value: 'AKUNTABEL',
        rating: 'SESUAI_EKSPEKTASI',
        note: 'Laporan bulanan selalu tepat waktu.',
      },
    ],
    feedbackSummary:
      'Target telaahan kebijakan rujukan tercapai. Perlu meningkatkan kerja sama lintas seksi ' +
      'dan keterbukaan terhadap perubahan alur pelaporan e-SIMPUS.',
    penilaiId: '4e9f7a21-0b3c-4d58-a6e2-91c8b7d5f034',
    atasanPenilaiId: '8a2d6c13-7e4f-4b90-b1a5-3c6e0f9d2b78',
    objection: { outcome: 'REJECTED', decidedAt: '2026-01-27T09:15:00+07:00' },
    finalizedAt: '2026-01-27T09:15:00+07:00',
    link: '/api/v1/appraisals/7d3c2a9e-5b1f-4c8e-9a6d-2f4e8b1c0a37',
  },
  personalData: [
    {
      path: 'employeeId',
      why: 'Identifies the appraised person: the key of every consumer record.',
    },
    {
      path: 'penilaiId',
      why: 'The penilai receives the finalization confirmation (notification).',
    },
    {
      path: 'atasanPenilaiId',
      why: 'Who decided the objection; kept for the audit of the decision.',
    },
    {
      path: 'position',
      why: 'Jabatan held: competency gaps are computed against its standard.',
    },
    {
      path: 'ratingHasilKerja',
      why: 'Assessment of the person: drives training recommendations and the 9-box.',
    },
    {
      path: 'ratingPerilakuKerja',
      why: 'Assessment of the person: drives training recommendations and the 9-box.',
    },
    {
      path: 'predikat',
      why: 'Assessment of the person: shown in the feedback notice, drives recommendations and 9-box.',
    },
    {
      path: 'perilaku',
      why: 'Per-value ratings and notes on the person: weak values become development needs.',
    },
    {
      path: 'feedbackSummary',
      why: "The penilai's words about the person: the body of the mandatory feedback notice.",
    },
    {
      path: 'objection',
      why: 'Whether the person objected and how it ended: shown in the feedback notice.',
    },
  ],
});
