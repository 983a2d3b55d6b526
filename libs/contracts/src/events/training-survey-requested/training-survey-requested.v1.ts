import { Type, type Static } from '@sinclair/typebox';
import { defineEvent } from '../../define-event';
import { Id, stringEnum } from '../evaluation-vocabulary';

/** Why a survey request goes out: the first ask, the level-3 follow-up, or a reminder of either. */
export const SURVEY_REQUEST_KINDS = ['INVITATION', 'FOLLOW_UP', 'REMINDER'] as const;
/** Who answers: the participant, or their direct superior (level 3 only). */
export const SURVEY_RESPONDENT_ROLES = ['PARTICIPANT', 'SUPERIOR'] as const;

const schema = Type.Object(
  {
    /** Deterministic from the survey and the request number. Deduplicate on it. */
    requestId: Id('Deterministic from survey and request number. Deduplicate on it'),
    /** The survey: one per enrollment, level and respondent. */
    surveyId: Id('Survey: one per enrollment, level and respondent'),
    /** INVITATION (level 1 at completion), FOLLOW_UP (level 3 after the delay) or REMINDER. */
    kind: stringEnum(SURVEY_REQUEST_KINDS, {
      description: 'INVITATION (level 1), FOLLOW_UP (level 3) or REMINDER of an unanswered one',
    }),
    /** Kirkpatrick level asked: 1 (reaction, optional level-2 self-rating) or 3 (behaviour). */
    level: Type.Union([Type.Literal(1), Type.Literal(3)], {
      description: 'Kirkpatrick level asked: 1 reaction or 3 behaviour',
    }),
    /** The participant of the training; equals the `ce_subject` header and the Kafka key. */
    employeeId: Id('Participant; equals ce_subject and the Kafka key'),
    /** Who is asked to answer: the participant, or their superior for level 3. */
    respondentId: Id('Employee asked to answer'),
    respondentRole: stringEnum(SURVEY_RESPONDENT_ROLES, {
      description: 'PARTICIPANT or SUPERIOR (the direct superior, level 3)',
    }),
    /** The agency (instansi); equals the `ce_agency` header. */
    agencyId: Id('Agency (instansi); equals ce_agency'),
    enrollmentId: Id('The completed enrollment surveyed'),
    programId: Id('Program in the training catalog'),
    programTitle: Type.String({ minLength: 1, maxLength: 300, description: 'Program title' }),
    /** When the training was completed. */
    completedAt: Type.String({
      format: 'date-time',
      description: 'When the training was completed',
    }),
    /** The answer is asked for by this day (Asia/Jakarta). */
    answerBy: Type.String({ format: 'date', description: 'Answer requested by this day' }),
    /** 0 for the first request, 1.. for reminders. */
    reminder: Type.Integer({
      minimum: 0,
      maximum: 10,
      description: '0 first request, 1.. reminder',
    }),
    /** Path of the survey in the training API. */
    link: Type.String({ pattern: '^/', description: 'Path of the survey in the training API' }),
  },
  {
    description:
      'A post-training survey question goes to a person (DOMAIN §8): the participant right after ' +
      'completion (level 1), the participant and the superior after the agency’s delay (level 3), ' +
      'or a reminder of an unanswered one. No names, NIP, NIK or answers.',
  },
);

/** Payload of `public.training.survey-requested.v1`. */
export type TrainingSurveyRequestedV1 = Static<typeof schema>;

export const trainingSurveyRequestedV1 = defineEvent({
  topic: 'public.training.survey-requested.v1',
  producer: 'training',
  subject: 'employeeId',
  agency: 'agencyId',
  summary: 'A post-training survey is asked of a participant or their superior',
  description:
    'Published once per survey and request number: at completion (INVITATION, level 1), after ' +
    'the agency’s follow-up delay (FOLLOW_UP, level 3, to the participant and the superior), and ' +
    'for each reminder while unanswered. Notification turns it into a notice.',
  schema,
  example: {
    requestId: '5f0c2a7e-93b1-5d48-a6e2-1c7b9f0d3e54',
    surveyId: '2b7e4c91-0d5a-5f36-8c21-7e9a3f6b0d12',
    kind: 'FOLLOW_UP',
    level: 3,
    employeeId: '9b4e2d71-3c8a-4f06-b5d9-e17a0c6f2b38',
    respondentId: '4d2a9c6e-7b13-4f58-a0e9-3c6b1d8f2e71',
    respondentRole: 'SUPERIOR',
    agencyId: 'pemkab-sleman',
    enrollmentId: 'a4c1e7f0-3b9d-4e25-8f61-2d0c9b7e5a13',
    programId: 'pemkab-sleman.kerja-sama-lintas-seksi',
    programTitle: 'Pelatihan Kerja Sama dan Kolaborasi Lintas Unit',
    completedAt: '2026-02-18T16:30:00+07:00',
    answerBy: '2026-05-27',
    reminder: 0,
    link: '/api/v1/training-surveys/2b7e4c91-0d5a-5f36-8c21-7e9a3f6b0d12',
  },
  personalData: [
    { path: 'employeeId', why: 'Identifies the participant the survey is about.' },
    { path: 'respondentId', why: 'Identifies the person asked to answer.' },
    { path: 'programId', why: 'Training record of the participant.' },
  ],
});
