import { Type, type Static } from '@sinclair/typebox';
import { defineEvent } from '../../define-event';
import { BilingualText, CompetencyCode } from '../competency-vocabulary';
import { BerakhlakValue, Id, Predikat, stringEnum } from '../evaluation-vocabulary';
import { Jp, TrainingForm } from '../training-vocabulary';
import { trainingRecommendedExample } from './training-recommended.example';

/** What caused a recommendation set. */
export const RECOMMENDATION_CAUSE_KINDS = ['APPRAISAL_FINALIZED', 'GAPS_ASSESSED'] as const;

/** The emphasis of a set, from the predikat (DOMAIN.md §4-5). */
export const RECOMMENDATION_FOCUSES = [
  'REMEDIAL',
  'IMPROVEMENT',
  'REGULAR',
  'DEVELOPMENT',
] as const;

const Session = Type.Object(
  {
    /** The session (batch, angkatan) of the program. */
    sessionId: Id('Session (batch) of the program'),
    /** First day and time of the session. */
    startsAt: Type.String({ format: 'date-time', description: 'When the session starts' }),
    /** Last day and time of the session. */
    endsAt: Type.String({ format: 'date-time', description: 'When the session ends' }),
  },
  { description: 'The next session open for enrollment' },
);

const Recommendation = Type.Object({
  /** The recommendation; deterministic from the set and the program. Accept or decline it by id. */
  recommendationId: Id('Recommendation; deterministic from the set and the program'),
  /** Position in the set: 1, 2, … without holes; 1 = most suitable. */
  rank: Type.Integer({ minimum: 1, maximum: 20, description: 'Position, 1 = most suitable' }),
  /** The program recommended. */
  programId: Id('Program in the training catalog'),
  /** Title of the program, for display. */
  programTitle: Type.String({ minLength: 1, maxLength: 300, description: 'Program title' }),
  /** Its form (klasikal or non-klasikal). */
  form: TrainingForm,
  /** JP (jam pelajaran, 45 minutes each) the program counts toward the yearly 20. */
  jp: Jp('JP the program counts toward the yearly minimum'),
  /** The next session open for enrollment; `null` for programs without sessions yet. */
  nextSession: Type.Union([Session, Type.Null()], {
    description: 'Next session open for enrollment; null when none is scheduled',
  }),
  /**
   * Why this program, in plain words a civil servant understands, most important first: the gap
   * or weak rating it addresses, the level, when it starts, the JP still missing this year.
   */
  reasons: Type.Array(BilingualText('One reason, in Bahasa Indonesia and English'), {
    minItems: 1,
    maxItems: 6,
    description: 'Why this program, most important first (Bahasa Indonesia and English)',
  }),
  /** The competency whose gap or need it addresses, if any. */
  competencyCode: Type.Optional(CompetencyCode),
  /** The BerAKHLAK value rated below expectation it addresses, if any. */
  berakhlakValue: Type.Optional(BerakhlakValue),
  /** After this moment the recommendation expires unless accepted. */
  expiresAt: Type.String({ format: 'date-time', description: 'Expires unless accepted by then' }),
});

const schema = Type.Object(
  {
    /**
     * The set; deterministic from the cause event id and the employee (UUID v5), so a redelivered
     * cause never yields a second set. Deduplicate on it.
     */
    recommendationSetId: Id(
      'The set; deterministic from the cause event id and the employee. Deduplicate on it',
    ),
    /** The employee; equals the `ce_subject` header and the Kafka key. */
    employeeId: Id('Employee; equals ce_subject and the Kafka key'),
    /** The agency (instansi); equals the `ce_agency` header. */
    agencyId: Id('Agency (instansi); equals ce_agency'),
    /** Unit kerja of the employee (reports are per unit). */
    unitId: Id('Unit kerja of the employee'),
    /** What caused the set. */
    cause: Type.Object(
      {
        /** `ce_id` of the causing event. */
        eventId: Id('ce_id of the causing event'),
        /** CloudEvents `type` of the causing event. */
        eventType: Type.String({ minLength: 1, description: 'CloudEvents type of the cause' }),
        /** APPRAISAL_FINALIZED (appraisal-finalized) or GAPS_ASSESSED (gaps-assessed). */
        kind: stringEnum(RECOMMENDATION_CAUSE_KINDS, {
          description: 'APPRAISAL_FINALIZED or GAPS_ASSESSED',
        }),
        /** The finalized appraisal behind the set, when there is one. */
        appraisalId: Type.Optional(Id('Finalized appraisal behind the set, when there is one')),
        /**
         * The gaps assessment used, when there is one. For an APPRAISAL_FINALIZED set it is present
         * when the assessment caused by that appraisal arrived in time, absent when the set was
         * computed from the appraisal alone.
         */
        assessmentId: Type.Optional(Id('Gaps assessment used, when there is one')),
        /** Predikat kinerja of the appraisal behind the set, when there is one. */
        predikat: Type.Optional(Predikat),
      },
      { description: 'The event that caused the set (and the facts it used)' },
    ),
    /**
     * REMEDIAL (SANGAT_KURANG, KURANG_MISCONDUCT: coaching and counselling first), IMPROVEMENT
     * (BUTUH_PERBAIKAN), REGULAR (BAIK or no predikat), DEVELOPMENT (SANGAT_BAIK: toward a target
     * position, no remediation).
     */
    focus: stringEnum(RECOMMENDATION_FOCUSES, {
      description:
        'REMEDIAL (coaching and counselling first), IMPROVEMENT, REGULAR, DEVELOPMENT (toward a ' +
        'target position)',
    }),
    /** Calendar year the JP figures are for. */
    year: Type.Integer({ minimum: 2000, maximum: 2100, description: 'Year of the JP figures' }),
    /** JP earned so far this year (completed trainings). */
    jpEarned: Jp('JP earned so far this year'),
    /** The yearly minimum of the agency (20 by PP 17/2020 unless configured higher). */
    jpRequired: Jp('Yearly JP minimum of the agency'),
    /** The recommendations, best first; empty when nothing in the catalog fits or is open. */
    recommendations: Type.Array(Recommendation, {
      maxItems: 20,
      description: 'Ranked recommendations; empty when nothing open to the agency fits',
    }),
    /** When the set was computed. */
    recommendedAt: Type.String({ format: 'date-time', description: 'When the set was computed' }),
    /** Path of the set in the training API, e.g. `/api/v1/recommendation-sets/{id}`. */
    link: Type.String({ pattern: '^/', description: 'Path of the set in the training API' }),
  },
  {
    description:
      'Training recommendations for one employee, each with its reasons. Exactly one set per ' +
      'cause: a finalized appraisal yields one set (using the gaps assessed from it when they ' +
      'arrive in time). No names, NIP or NIK.',
  },
);

/** Payload of `public.training.recommended.v1`. */
export type TrainingRecommendedV1 = Static<typeof schema>;

export const trainingRecommendedV1 = defineEvent({
  topic: 'public.training.recommended.v1',
  producer: 'training',
  subject: 'employeeId',
  agency: 'agencyId',
  summary: 'Training was recommended to an employee, with the reasons',
  description:
    'Published once per cause and employee: a finalized appraisal (combined with the gaps ' +
    'assessed from it when they arrive within the grace period) or a gaps assessment with ' +
    'another cause (profile, standard or training change). Each recommendation says why in ' +
    'Bahasa Indonesia and English and can be accepted or declined through the link.',
  schema,
  example: trainingRecommendedExample,
  personalData: [
    { path: 'employeeId', why: 'Identifies the person the training is recommended to.' },
    {
      path: 'cause',
      why: 'Names the appraisal and its predikat: the recommendation explains itself with them.',
    },
    { path: 'focus', why: 'Derived from the predikat of the person: remedial or development.' },
    { path: 'jpEarned', why: 'Training record of the person: JP toward the yearly minimum.' },
    {
      path: 'recommendations',
      why: 'Development advice for the person: shown to them and to their superior.',
    },
    {
      path: 'recommendations[].reasons',
      why: 'Plain words about the gaps and weak ratings of the person: shown to them.',
    },
  ],
});
