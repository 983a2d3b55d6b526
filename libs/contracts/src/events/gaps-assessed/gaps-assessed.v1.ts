import { Type, type Static } from '@sinclair/typebox';
import { defineEvent } from '../../define-event';
import {
  BilingualText,
  CompetencyCode,
  CompetencyKind,
  CompetencyName,
  COMPETENCY_LEVEL_MAX,
  GapCauseKind,
  GapReference,
  MAX_DEVELOPMENT_NEEDS,
  NeedSource,
  RequiredLevel,
} from '../competency-vocabulary';
import {
  AppraisalPeriod,
  BerakhlakValue,
  Id,
  POSITION_GROUPS,
  Predikat,
  stringEnum,
} from '../evaluation-vocabulary';
import { gapsAssessedExample } from './gaps-assessed.example';

const Percentage = (description: string) => Type.Number({ minimum: 0, maximum: 100, description });

const schema = Type.Object(
  {
    /**
     * The assessment. Deterministic from its cause and the employee (e.g. a UUID v5 of the cause's
     * event id and the employee id), so a redelivered cause yields the same id, never a second
     * assessment; consumers deduplicate on it.
     */
    assessmentId: Id(
      'The assessment; deterministic from the cause and the employee, so a redelivered cause ' +
        'never yields a second assessmentId. Deduplicate on it',
    ),
    /** The assessed employee; equals the `ce_subject` header and the Kafka key. */
    employeeId: Id('Assessed employee; equals ce_subject and the Kafka key'),
    /** The agency (instansi); equals the `ce_agency` header. */
    agencyId: Id('Agency (instansi); equals ce_agency'),
    /** Unit kerja of the employee at assessment time (reports are per unit). */
    unitId: Id('Unit kerja of the employee at assessment time'),
    /** Jabatan (position) held: the `HELD` gaps are against its standard. */
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
      { description: 'Jabatan held; the HELD gaps are against its standard' },
    ),
    /** The position the employee aims for (career plan); `null` when none is set. */
    targetPosition: Type.Union(
      [
        Type.Object({
          /** Jabatan id as in the competency position standards. */
          id: Id('Jabatan id'),
          /** Name of the jabatan, for display. */
          name: Type.String({ minLength: 1, description: 'Jabatan name' }),
          /**
           * Group of the target jabatan (its level: a leadership programme prepares for one);
           * absent from assessments published before it was added.
           */
          group: Type.Optional(
            stringEnum(POSITION_GROUPS, {
              description: 'JPT, ADMINISTRATOR, PENGAWAS, PELAKSANA or FUNGSIONAL',
            }),
          ),
        }),
        Type.Null(),
      ],
      { description: 'Target jabatan (career plan) the TARGET gaps are against; null when none' },
    ),
    /** What triggered this assessment, so a consumer can explain and link its own outcome. */
    cause: Type.Object(
      {
        /** The kind of cause. */
        kind: GapCauseKind,
        /** `ce_id` of the causing event; `null` when the cause was not one (e.g. an admin edit). */
        eventId: Type.Union([Id('ce_id of the causing event'), Type.Null()], {
          description: 'ce_id of the causing event; null when the cause was not an event',
        }),
        /** CloudEvents `type` of the causing event; `null` exactly when `eventId` is. */
        eventType: Type.Union([Type.String({ minLength: 1 }), Type.Null()], {
          description:
            'CloudEvents type of the causing event, e.g. ' +
            'id.go.jenjang.evaluation.appraisal-finalized.v1; null when eventId is null',
        }),
        /** The finalized appraisal; present exactly when `kind` is `APPRAISAL_FINALIZED`. */
        appraisalId: Type.Optional(
          Id('Finalized appraisal; present exactly when kind is APPRAISAL_FINALIZED'),
        ),
        /** Its period; present exactly when `kind` is `APPRAISAL_FINALIZED`. */
        period: Type.Optional(AppraisalPeriod),
        /** Its predikat kinerja; present exactly when `kind` is `APPRAISAL_FINALIZED`. */
        predikat: Type.Optional(Predikat),
      },
      {
        description:
          'What triggered the assessment. appraisalId, period and predikat are present exactly ' +
          'when kind is APPRAISAL_FINALIZED, so training can weigh the predikat without calling ' +
          'back',
      },
    ),
    /** Job Person Match percentages and the formula that produced them. */
    jpm: Type.Object(
      {
        /**
         * JPM against the standard of the position held, 0–100; `null` when the position held has
         * no standard yet (then there are no `HELD` gaps either).
         */
        heldPosition: Type.Union(
          [Percentage('JPM against the standard of the position held, 0-100'), Type.Null()],
          {
            description:
              'JPM against the standard of the position held; null when the position held has ' +
              'no standard (then there are no HELD gaps)',
          },
        ),
        /** JPM against the standard of the target position; `null` without a target position. */
        targetPosition: Type.Union(
          [Percentage('JPM against the target position standard, 0-100'), Type.Null()],
          { description: 'JPM against the target position standard; null without a target' },
        ),
        /**
         * Short id of the formula, versioned: compare JPM values only under the same id.
         * `JPM-MIN-CAPPED-v1` = 100 × Σ min(current, required) ÷ Σ required over the competencies
         * of the standard (a level above the requirement does not make up for another gap),
         * rounded to two decimals.
         */
        formula: Type.String({
          minLength: 1,
          maxLength: 64,
          pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$',
          description:
            'Versioned formula id; compare JPM only under the same id. JPM-MIN-CAPPED-v1 = 100 x ' +
            'sum(min(current, required)) / sum(required) over the standard, 2 decimals',
        }),
      },
      { description: 'Job Person Match (%) against the held and the target position' },
    ),
    /**
     * Every competency of each compared standard, met ones included with `gap: 0`: the whole
     * assessment, not a delta. Each (competencyCode, against) pair appears once.
     */
    gaps: Type.Array(
      Type.Object({
        /** The competency. */
        competencyCode: CompetencyCode,
        /** Its name, for display. */
        competencyName: CompetencyName,
        /** Its kind. */
        kind: CompetencyKind,
        /** Level the standard requires, 1–5. */
        required: RequiredLevel('Level the standard requires, 1-5'),
        /** The person's current assessed level, 0–5; 0 = never assessed. */
        current: Type.Integer({
          minimum: 0,
          maximum: COMPETENCY_LEVEL_MAX,
          description: "The person's current assessed level, 0-5; 0 = not assessed",
        }),
        /** `max(0, required − current)`: a level above the requirement is not a negative gap. */
        gap: Type.Integer({
          minimum: 0,
          maximum: COMPETENCY_LEVEL_MAX,
          description: 'max(0, required - current)',
        }),
        /** The standard compared against: the position held or the target position. */
        against: GapReference,
      }),
      {
        maxItems: 200,
        description:
          'Every competency of each compared standard (gap 0 when met); one entry per ' +
          '(competencyCode, against)',
      },
    ),
    /**
     * Development needs ranked by the competency service, most important first; empty when there is
     * nothing to develop. Each competency appears once: when several sources point at it, `source`
     * is the first of GAP_HELD, APPRAISAL, GAP_TARGET that applies and the reason names them all.
     */
    needs: Type.Array(
      Type.Object({
        /** Position in the ranking: 1, 2, … without holes. */
        rank: Type.Integer({
          minimum: 1,
          maximum: MAX_DEVELOPMENT_NEEDS,
          description: 'Position in the ranking, 1 = most important; consecutive',
        }),
        /** The competency to develop. */
        competencyCode: CompetencyCode,
        /** Its name, for display. */
        competencyName: CompetencyName,
        /** Its kind. */
        kind: CompetencyKind,
        /** The level to reach, 1–5 (the required level for a gap). */
        levelNeeded: RequiredLevel('Level to reach, 1-5 (the required level for a gap)'),
        /** Why it is a need: a gap against a standard or the appraisal. */
        source: NeedSource,
        /** In plain words a civil servant understands; training repeats it when it recommends. */
        reason: BilingualText(
          'Why this is a need, in plain words for the civil servant: Bahasa Indonesia and English',
        ),
        /** The BerAKHLAK value rated below expectation that points at this competency, if any. */
        relatedBerakhlakValue: Type.Optional(BerakhlakValue),
      }),
      {
        maxItems: MAX_DEVELOPMENT_NEEDS,
        description:
          'Ranked development needs, at most 10, each competency once; empty when there is ' +
          'nothing to develop',
      },
    ),
    /** When the assessment was made. */
    assessedAt: Type.String({ format: 'date-time', description: 'When the assessment was made' }),
  },
  {
    description:
      "An employee's competency gaps and ranked development needs. The full state, not a delta: " +
      'it replaces the previous assessment of the same employee. No names, NIP or NIK: ' +
      'consumers resolve people from employee ids.',
  },
);

/** Payload of `public.competency.gaps-assessed.v1`. */
export type GapsAssessedV1 = Static<typeof schema>;

export const gapsAssessedV1 = defineEvent({
  topic: 'public.competency.gaps-assessed.v1',
  producer: 'competency',
  subject: 'employeeId',
  agency: 'agencyId',
  summary: "An employee's competency gaps were assessed",
  description:
    'Published once per cause and employee whenever the gaps are assessed again: an appraisal ' +
    'became final, an assessed level or the target position changed, a position standard ' +
    'changed, or a completed training raised a level. Carries the gaps against the held and ' +
    'target positions, the JPM and up to ten ranked needs with their reasons, so training can ' +
    'recommend without calling back. The latest assessment of an employee supersedes the earlier ' +
    'ones (per-employee ordering by the Kafka key).',
  schema,
  example: gapsAssessedExample,
  personalData: [
    {
      path: 'employeeId',
      why: 'Identifies the assessed person: the key of every consumer record.',
    },
    { path: 'position', why: 'Jabatan held: the standard the gaps are measured against.' },
    {
      path: 'targetPosition',
      why: "The person's career aspiration: development toward it is recommended.",
    },
    {
      path: 'cause',
      why: 'Names the appraisal and its predikat: training leads with coaching for a weak one.',
    },
    { path: 'jpm', why: 'Assessment result of the person: shown to them and in career planning.' },
    {
      path: 'gaps',
      why: 'Assessment results of the person: what training and career plans act on.',
    },
    {
      path: 'needs',
      why: 'Assessment results of the person: ranked needs training recommends for.',
    },
    {
      path: 'needs[].reason',
      why: 'Plain words about the weaknesses of the person: shown to them with the recommendation.',
    },
  ],
});
