import { Type, type Static } from '@sinclair/typebox';
import { defineEvent } from '../../define-event';
import { AppraisalPeriod, Id, Predikat, Rating } from '../evaluation-vocabulary';

const schema = Type.Object(
  {
    /** The appraisal the predikat was set on. */
    appraisalId: Id('Appraisal the predikat was set on'),
    /** The appraised employee; equals the `ce_subject` header and the Kafka key. */
    employeeId: Id('Appraised employee; equals ce_subject and the Kafka key'),
    /** The agency (instansi); equals the `ce_agency` header. */
    agencyId: Id('Agency (instansi); equals ce_agency'),
    /** Unit kerja of the employee during the period (the distribution curve is per unit). */
    unitId: Id('Unit kerja of the employee during the period'),
    /** The appraised period. */
    period: AppraisalPeriod,
    /** Rating of hasil kerja (work results). */
    ratingHasilKerja: Rating,
    /** Rating of perilaku kerja (behaviour). */
    ratingPerilakuKerja: Rating,
    /** Predikat kinerja pegawai from both ratings. Not final: it may change on objection. */
    predikat: Predikat,
    /** The penilai who set it. */
    penilaiId: Id('Employee id of the penilai who set it'),
    /** When the predikat was set. */
    setAt: Type.String({ format: 'date-time', description: 'When the predikat was set' }),
    /** Last moment the employee may lodge a keberatan (objection); the agency sets the window. */
    objectionDeadline: Type.String({
      format: 'date-time',
      description: 'Last moment the employee may object (keberatan)',
    }),
    /** Path of the appraisal in the evaluation API, where the employee can object. */
    link: Type.String({
      pattern: '^/',
      description: 'Path of the appraisal in the evaluation API (relative to its base URL)',
    }),
  },
  {
    description:
      'The penilai set the predikat (state PREDIKAT_DITETAPKAN). Not final: the final result ' +
      'is appraisal-finalized.',
  },
);

/** Payload of `public.evaluation.predikat-set.v1`. */
export type PredikatSetV1 = Static<typeof schema>;

export const predikatSetV1 = defineEvent({
  topic: 'public.evaluation.predikat-set.v1',
  producer: 'evaluation',
  subject: 'employeeId',
  agency: 'agencyId',
  summary: 'The penilai set the predikat; the objection window opens',
  description:
    'Published when an appraisal reaches PREDIKAT_DITETAPKAN. The employee may object until ' +
    'objectionDeadline; act on appraisal-finalized for the final result.',
  schema,
  example: {
    appraisalId: '7d3c2a9e-5b1f-4c8e-9a6d-2f4e8b1c0a37',
    employeeId: 'c0a8e1f4-2d6b-4f39-8a1e-5b7c9d3e2f10',
    agencyId: 'pemkab-sleman',
    unitId: 'pemkab-sleman.dinkes.yankes',
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
    penilaiId: '4e9f7a21-0b3c-4d58-a6e2-91c8b7d5f034',
    setAt: '2026-01-12T16:20:00+07:00',
    objectionDeadline: '2026-01-26T23:59:59+07:00',
    link: '/api/v1/appraisals/7d3c2a9e-5b1f-4c8e-9a6d-2f4e8b1c0a37',
  },
  personalData: [
    { path: 'employeeId', why: 'Identifies the appraised person: the recipient of the notice.' },
    { path: 'penilaiId', why: 'Who set the predikat: reporting lines and the objection route.' },
    {
      path: 'ratingHasilKerja',
      why: 'Assessment of the person: shown so they can decide whether to object.',
    },
    {
      path: 'ratingPerilakuKerja',
      why: 'Assessment of the person: shown so they can decide whether to object.',
    },
    { path: 'predikat', why: 'Assessment of the person: shown with how and until when to object.' },
  ],
});
