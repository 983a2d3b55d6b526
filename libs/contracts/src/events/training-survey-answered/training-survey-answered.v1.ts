import { Type, type Static } from '@sinclair/typebox';
import { defineEvent } from '../../define-event';
import { Id, stringEnum } from '../evaluation-vocabulary';
import { SURVEY_RESPONDENT_ROLES } from '../training-survey-requested/training-survey-requested.v1';

const Score = (description: string) => Type.Integer({ minimum: 1, maximum: 5, description });
const Optional = <T extends ReturnType<typeof Score>>(t: T, description: string) =>
  Type.Union([t, Type.Null()], { description });

const schema = Type.Object(
  {
    /** Deterministic from the survey and the version. Deduplicate on it. */
    answerId: Id('Deterministic from survey and version. Deduplicate on it'),
    surveyId: Id('Survey: one per enrollment, level and respondent'),
    /** 1 for the first answer; a correction is a new version and supersedes the earlier one. */
    version: Type.Integer({ minimum: 1, description: '1 first answer; higher: a correction' }),
    level: Type.Union([Type.Literal(1), Type.Literal(3)], {
      description: 'Kirkpatrick level answered: 1 reaction or 3 behaviour',
    }),
    /** The participant; equals the `ce_subject` header and the Kafka key. */
    employeeId: Id('Participant; equals ce_subject and the Kafka key'),
    respondentRole: stringEnum(SURVEY_RESPONDENT_ROLES, {
      description: 'PARTICIPANT or SUPERIOR',
    }),
    agencyId: Id('Agency (instansi); equals ce_agency'),
    unitId: Id('Unit kerja of the participant at enrollment'),
    enrollmentId: Id('The completed enrollment surveyed'),
    programId: Id('Program in the training catalog'),
    /** Level 1: relevance to the work, 1–5. */
    relevance: Optional(Score('1-5'), 'Level 1 relevance 1-5; null at level 3'),
    /** Level 1: satisfaction, 1–5. */
    satisfaction: Optional(Score('1-5'), 'Level 1 satisfaction 1-5; null at level 3'),
    /** Level 1: would recommend the program. */
    wouldRecommend: Type.Union([Type.Boolean(), Type.Null()], {
      description: 'Level 1: would recommend; null at level 3',
    }),
    /** Level 2 self-rating of what was learnt, 1–5; null when not given. */
    learning: Optional(Score('1-5'), 'Level 2 self-rating 1-5; null when not given'),
    /** Level 3: the agency's questions answered on a 1–5 scale, by question code. */
    ratings: Type.Array(
      Type.Object({
        questionCode: Type.String({ pattern: '^[A-Z][A-Z0-9_]*$', description: 'Question code' }),
        value: Score('1 (no effect) .. 5 (strong effect)'),
      }),
      { maxItems: 20, description: 'Level 3 ratings by question code' },
    ),
    answeredAt: Type.String({ format: 'date-time', description: 'When this version was given' }),
  },
  {
    description:
      'A post-training survey was answered or corrected (Kirkpatrick level 1 or 3), for ' +
      'analytics: scores only. No comments or other free text, no names, NIP or NIK.',
  },
);

/** Payload of `public.training.survey-answered.v1`. */
export type TrainingSurveyAnsweredV1 = Static<typeof schema>;

export const trainingSurveyAnsweredV1 = defineEvent({
  topic: 'public.training.survey-answered.v1',
  producer: 'training',
  subject: 'employeeId',
  agency: 'agencyId',
  summary: 'A post-training survey was answered (scores only)',
  description:
    'Published once per survey version; a correction is a new version that supersedes the ' +
    'earlier one (keep the highest version per surveyId). Comments stay in training.',
  schema,
  example: {
    answerId: '8c1d5e3a-6f27-5b90-9d4e-0a2f7c6b1e38',
    surveyId: '2b7e4c91-0d5a-5f36-8c21-7e9a3f6b0d12',
    version: 1,
    level: 3,
    employeeId: '9b4e2d71-3c8a-4f06-b5d9-e17a0c6f2b38',
    respondentRole: 'SUPERIOR',
    agencyId: 'pemkab-sleman',
    unitId: 'pemkab-sleman.dpmptsp.pelayanan-perizinan',
    enrollmentId: 'a4c1e7f0-3b9d-4e25-8f61-2d0c9b7e5a13',
    programId: 'pemkab-sleman.kerja-sama-lintas-seksi',
    relevance: null,
    satisfaction: null,
    wouldRecommend: null,
    learning: null,
    ratings: [
      { questionCode: 'APPLIED_AT_WORK', value: 4 },
      { questionCode: 'WORK_IMPROVED', value: 3 },
    ],
    answeredAt: '2026-05-20T09:12:00+07:00',
  },
  personalData: [
    { path: 'employeeId', why: 'Identifies the participant the answer is about.' },
    { path: 'ratings', why: 'An assessment of the participant’s work (level 3).' },
  ],
});
