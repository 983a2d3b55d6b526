import { Type, type Static } from '@sinclair/typebox';
import { defineEvent } from '../../define-event';
import { Id, stringEnum } from '../evaluation-vocabulary';
import { Jp, TrainingForm } from '../training-vocabulary';

/** PENDING_APPROVAL: the agency requires the superior's approval first; ENROLLED: a seat is held. */
export const ENROLLMENT_EVENT_STATUSES = ['PENDING_APPROVAL', 'ENROLLED'] as const;

const schema = Type.Object(
  {
    /** The enrollment. Published once per status it reaches: deduplicate on (enrollmentId, status). */
    enrollmentId: Id('Enrollment; one event per status reached: dedupe on (enrollmentId, status)'),
    /** The enrolled employee; equals the `ce_subject` header and the Kafka key. */
    employeeId: Id('Enrolled employee; equals ce_subject and the Kafka key'),
    /** The agency (instansi); equals the `ce_agency` header. */
    agencyId: Id('Agency (instansi); equals ce_agency'),
    /** Unit kerja of the employee at enrollment. */
    unitId: Id('Unit kerja of the employee at enrollment'),
    /** The program. */
    programId: Id('Program in the training catalog'),
    /** Title of the program, for display. */
    programTitle: Type.String({ minLength: 1, maxLength: 300, description: 'Program title' }),
    /** Its form. */
    form: TrainingForm,
    /** JP the program counts once completed. */
    jp: Jp('JP the program counts once completed'),
    /** The session (batch) enrolled in. */
    sessionId: Id('Session (batch) enrolled in'),
    /** When the session starts. */
    startsAt: Type.String({ format: 'date-time', description: 'When the session starts' }),
    /** When the session ends. */
    endsAt: Type.String({ format: 'date-time', description: 'When the session ends' }),
    /** PENDING_APPROVAL (waiting for the superior) or ENROLLED (seat held). */
    status: stringEnum(ENROLLMENT_EVENT_STATUSES, {
      description: 'PENDING_APPROVAL (waiting for the superior) or ENROLLED (seat held)',
    }),
    /**
     * The superior asked to approve while PENDING_APPROVAL (notification tells them); `null` when
     * ENROLLED, or when the superior is not known to the training service (the agency admin
     * approves then).
     */
    approverEmployeeId: Type.Union([Id('Superior asked to approve'), Type.Null()], {
      description: 'Superior asked to approve (PENDING_APPROVAL); null otherwise or when unknown',
    }),
    /** The recommendation this enrollment takes up; `null` when enrolled without one. */
    recommendationId: Type.Union([Id('Recommendation taken up'), Type.Null()], {
      description: 'Recommendation this enrollment takes up; null when none',
    }),
    /** When the enrollment reached this status. */
    enrolledAt: Type.String({ format: 'date-time', description: 'When this status was reached' }),
  },
  {
    description:
      'An employee enrolled in a training session, or asked to and waits for the approval of ' +
      'the superior. No names, NIP or NIK.',
  },
);

/** Payload of `public.training.enrolled.v1`. */
export type TrainingEnrolledV1 = Static<typeof schema>;

export const trainingEnrolledV1 = defineEvent({
  topic: 'public.training.enrolled.v1',
  producer: 'training',
  subject: 'employeeId',
  agency: 'agencyId',
  summary: 'An employee enrolled in a training session (or awaits approval)',
  description:
    'Published when an enrollment reaches PENDING_APPROVAL (the agency requires the approval of ' +
    'the superior) and again when it reaches ENROLLED (approved, or directly when no approval ' +
    'is required). Cancellations and refusals are not published in v1.',
  schema,
  example: {
    enrollmentId: 'a4c1e7f0-3b9d-4e25-8f61-2d0c9b7e5a13',
    employeeId: '9b4e2d71-3c8a-4f06-b5d9-e17a0c6f2b38',
    agencyId: 'pemkab-sleman',
    unitId: 'pemkab-sleman.dpmptsp.pelayanan-perizinan',
    programId: 'pemkab-sleman.kerja-sama-lintas-seksi',
    programTitle: 'Pelatihan Kerja Sama dan Kolaborasi Lintas Unit',
    form: 'PELATIHAN_TEKNIS',
    jp: 16,
    sessionId: 'pemkab-sleman.kerja-sama-lintas-seksi.2026-1',
    startsAt: '2026-02-16T08:00:00+07:00',
    endsAt: '2026-02-18T16:00:00+07:00',
    status: 'PENDING_APPROVAL',
    approverEmployeeId: '4e9f7a21-0b3c-4d58-a6e2-91c8b7d5f034',
    recommendationId: '6a0e3f2d-1c4b-5e97-8d26-0b9c4a7f1e35',
    enrolledAt: '2026-01-28T10:02:11+07:00',
  },
  personalData: [
    { path: 'employeeId', why: 'Identifies the enrolled person.' },
    { path: 'approverEmployeeId', why: 'The superior who is asked to approve (notification).' },
    {
      path: 'programId',
      why: 'Which development the person takes part in: their training record.',
    },
    { path: 'recommendationId', why: 'Links the enrollment to the advice given to the person.' },
  ],
});
