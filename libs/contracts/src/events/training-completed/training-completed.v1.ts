import { Type, type Static } from '@sinclair/typebox';
import { defineEvent } from '../../define-event';
import { BerakhlakValue, Id } from '../evaluation-vocabulary';
import { DevelopedCompetency, Jp, TrainingForm } from '../training-vocabulary';

const schema = Type.Object(
  {
    /** The completion; one per enrollment (deterministic from it). Deduplicate on it. */
    completionId: Id('Completion; one per enrollment. Deduplicate on it'),
    /** The enrollment completed. */
    enrollmentId: Id('The enrollment completed'),
    /** The employee; equals the `ce_subject` header and the Kafka key. */
    employeeId: Id('Employee; equals ce_subject and the Kafka key'),
    /** The agency (instansi); equals the `ce_agency` header. */
    agencyId: Id('Agency (instansi); equals ce_agency'),
    /** Unit kerja of the employee at enrollment. */
    unitId: Id('Unit kerja of the employee'),
    /** The program. */
    programId: Id('Program in the training catalog'),
    /** Title of the program, for display. */
    programTitle: Type.String({ minLength: 1, maxLength: 300, description: 'Program title' }),
    /** Its form. */
    form: TrainingForm,
    /** The session (batch) attended. */
    sessionId: Id('Session (batch) attended'),
    /** JP earned by this completion. */
    jp: Jp('JP earned by this completion'),
    /** The year the JP count toward: the year (Asia/Jakarta) the training ended. */
    year: Type.Integer({ minimum: 2000, maximum: 2100, description: 'Year the JP count toward' }),
    /** JP earned in `year` including this completion. */
    jpEarnedInYear: Jp('JP earned in the year including this completion'),
    /** The yearly minimum of the agency. */
    jpRequired: Jp('Yearly JP minimum of the agency'),
    /** When the training was completed. */
    completedAt: Type.String({ format: 'date-time', description: 'When completed' }),
    /** Final score 0–100 (Kirkpatrick level 2); `null` when the program is not scored. */
    score: Type.Union([Type.Number({ minimum: 0, maximum: 100 }), Type.Null()], {
      description: 'Final score 0-100; null when the program is not scored',
    }),
    /** Certificate (sertifikat/STTPP) number; `null` when none was issued. */
    certificateNumber: Type.Union([Type.String({ minLength: 1, maxLength: 100 }), Type.Null()], {
      description: 'Certificate (STTPP) number; null when none was issued',
    }),
    /**
     * What the program develops; competency raises the assessed level to `level` only where
     * `raisesAssessedLevel` is true.
     */
    competencies: Type.Array(DevelopedCompetency, {
      maxItems: 30,
      description: 'Competencies the program develops (raisesAssessedLevel: level certified)',
    }),
    /** The BerAKHLAK values the program addresses. */
    berakhlakValues: Type.Array(BerakhlakValue, {
      maxItems: 7,
      uniqueItems: true,
      description: 'BerAKHLAK values the program addresses',
    }),
    /** The recommendation this training took up; `null` when enrolled without one. */
    recommendationId: Type.Union([Id('Recommendation taken up'), Type.Null()], {
      description: 'Recommendation this training took up; null when none',
    }),
  },
  {
    description:
      'An employee completed a training: JP earned toward the yearly minimum, score, ' +
      'certificate and the competencies developed. No names, NIP or NIK.',
  },
);

/** Payload of `public.training.completed.v1`. */
export type TrainingCompletedV1 = Static<typeof schema>;

export const trainingCompletedV1 = defineEvent({
  topic: 'public.training.completed.v1',
  producer: 'training',
  subject: 'employeeId',
  agency: 'agencyId',
  summary: 'An employee completed a training',
  description:
    'Published once per completed enrollment. Competency raises assessed levels from it (only ' +
    'where raisesAssessedLevel is true); career planning ticks the training step of a plan.',
  schema,
  example: {
    completionId: 'c9e2a5d8-4f1b-5c76-a3e0-8b2d6f9c1a47',
    enrollmentId: 'a4c1e7f0-3b9d-4e25-8f61-2d0c9b7e5a13',
    employeeId: '9b4e2d71-3c8a-4f06-b5d9-e17a0c6f2b38',
    agencyId: 'pemkab-sleman',
    unitId: 'pemkab-sleman.dpmptsp.pelayanan-perizinan',
    programId: 'pemkab-sleman.kerja-sama-lintas-seksi',
    programTitle: 'Pelatihan Kerja Sama dan Kolaborasi Lintas Unit',
    form: 'PELATIHAN_TEKNIS',
    sessionId: 'pemkab-sleman.kerja-sama-lintas-seksi.2026-1',
    jp: 16,
    year: 2026,
    jpEarnedInYear: 20,
    jpRequired: 20,
    completedAt: '2026-02-18T16:30:00+07:00',
    score: 86.5,
    certificateNumber: 'STTPP/BKPSDM-SLM/2026/0142',
    competencies: [{ competencyCode: 'KERJA_SAMA', level: 2, raisesAssessedLevel: true }],
    berakhlakValues: ['KOLABORATIF', 'HARMONIS'],
    recommendationId: '6a0e3f2d-1c4b-5e97-8d26-0b9c4a7f1e35',
  },
  personalData: [
    { path: 'employeeId', why: 'Identifies the person who completed the training.' },
    { path: 'programId', why: 'Training record of the person.' },
    { path: 'jpEarnedInYear', why: 'Training record of the person: JP toward the minimum.' },
    { path: 'score', why: 'Learning result of the person (Kirkpatrick level 2).' },
    { path: 'certificateNumber', why: 'Certificate of the person: proof for career moves.' },
    { path: 'competencies', why: 'Competency levels the person may now be assessed at.' },
    { path: 'recommendationId', why: 'Links the completion to the advice given to the person.' },
  ],
});
