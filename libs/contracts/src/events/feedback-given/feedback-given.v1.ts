import { Type, type Static } from '@sinclair/typebox';
import { defineEvent } from '../../define-event';
import { AppraisalPeriod, BerakhlakValue, Id } from '../evaluation-vocabulary';

const schema = Type.Object(
  {
    /** The piece of feedback. */
    feedbackId: Id('The piece of feedback'),
    /** The appraisal of the period the feedback belongs to. */
    appraisalId: Id('Appraisal of the period the feedback belongs to'),
    /** Employee the feedback is for; equals the `ce_subject` header and the Kafka key. */
    employeeId: Id('Employee the feedback is for; equals ce_subject and the Kafka key'),
    /** The agency (instansi); equals the `ce_agency` header. */
    agencyId: Id('Agency (instansi); equals ce_agency'),
    /** Unit kerja of the employee (feedback activity is reported per unit). */
    unitId: Id('Unit kerja of the employee'),
    /**
     * The appraisal period the feedback belongs to, so the notice can say which quarter or year.
     * Optional: events published before it was added do not carry it.
     */
    period: Type.Optional(AppraisalPeriod),
    /** The penilai who gave the feedback. */
    penilaiId: Id('Employee id of the penilai who gave it'),
    /** What the feedback is about: one hasil kerja (work result) or one BerAKHLAK value. */
    about: Type.Union(
      [
        Type.Object({
          /** Feedback on a work result. */
          kind: Type.Literal('HASIL_KERJA'),
          /** The hasil kerja of the SKP it is about. */
          hasilKerjaId: Id('Hasil kerja of the SKP'),
        }),
        Type.Object({
          /** Feedback on perilaku kerja (behaviour). */
          kind: Type.Literal('PERILAKU'),
          /** The BerAKHLAK value it is about. */
          value: BerakhlakValue,
        }),
      ],
      { description: 'A hasil kerja (work result) or a BerAKHLAK value; discriminated by kind' },
    ),
    /** The feedback as the penilai wrote it. */
    text: Type.String({ minLength: 1, maxLength: 2000, description: 'The feedback text' }),
    /** When the feedback was given. */
    givenAt: Type.String({ format: 'date-time', description: 'When the feedback was given' }),
    /** Path of the appraisal in the evaluation API, where the feedback can be read and answered. */
    link: Type.Optional(
      Type.String({
        pattern: '^/',
        description: 'Path of the appraisal in the evaluation API (relative to its base URL)',
      }),
    ),
  },
  { description: 'One piece of umpan balik berkelanjutan (continuous feedback)' },
);

/** Payload of `public.evaluation.feedback-given.v1`. */
export type FeedbackGivenV1 = Static<typeof schema>;

export const feedbackGivenV1 = defineEvent({
  topic: 'public.evaluation.feedback-given.v1',
  producer: 'evaluation',
  subject: 'employeeId',
  agency: 'agencyId',
  summary: 'The penilai gave feedback (umpan balik berkelanjutan)',
  description:
    'Published for each piece of continuous feedback, at any time during a period, on one ' +
    'hasil kerja or one BerAKHLAK value.',
  schema,
  example: {
    feedbackId: 'f3b8d2e1-6a4c-4f07-8b9d-0e1a2c3d4e5f',
    appraisalId: '2a6f0c84-3d1e-4b7a-9c52-e8f1a0b3d6c9',
    employeeId: 'c0a8e1f4-2d6b-4f39-8a1e-5b7c9d3e2f10',
    agencyId: 'pemkab-sleman',
    unitId: 'pemkab-sleman.dinkes.yankes',
    period: {
      kind: 'TRIWULANAN',
      year: 2026,
      index: 1,
      startDate: '2026-01-01',
      endDate: '2026-03-31',
    },
    penilaiId: '4e9f7a21-0b3c-4d58-a6e2-91c8b7d5f034',
    about: { kind: 'PERILAKU', value: 'KOLABORATIF' },
    text:
      'Rekap kunjungan rujukan sudah rapi. Mohon dibagikan ke Seksi Kesehatan Masyarakat ' +
      'paling lambat H-2 sebelum rapat evaluasi agar bisa dibahas bersama.',
    givenAt: '2026-03-12T10:42:00+07:00',
    link: '/api/v1/appraisals/2a6f0c84-3d1e-4b7a-9c52-e8f1a0b3d6c9',
  },
  personalData: [
    { path: 'employeeId', why: 'Identifies who the feedback is for: the recipient of the notice.' },
    { path: 'penilaiId', why: 'Who gave the feedback: shown to the employee, reporting lines.' },
    { path: 'text', why: "The penilai's words about the person: the body of the notice." },
  ],
});
