import { Type, type Static } from '@sinclair/typebox';
import { defineEvent } from '../../define-event';
import { AppraisalPeriod, Id, stringEnum } from '../evaluation-vocabulary';

/** Why a record waits on the person reminded: which deadline it has passed. */
export const WAITING_KINDS = [
  'SKP_NOT_APPROVED',
  'APPRAISAL_NOT_FINAL',
  'KEBERATAN_UNDECIDED',
] as const;
export type WaitingKind = (typeof WAITING_KINDS)[number];

/** At most this many records are listed in one reminder; the counts cover all of them. */
export const WORK_WAITING_MAX_ITEMS = 50;

const schema = Type.Object(
  {
    /** Deterministic id: one reminder per person, agency and day, whatever reruns happen. */
    reminderId: Id('One reminder per person, agency and day'),
    /** The person reminded; equals the `ce_subject` header and the Kafka key. */
    employeeId: Id('The person reminded (penilai or atasan penilai); equals ce_subject'),
    /** The agency (instansi); equals the `ce_agency` header. */
    agencyId: Id('Agency (instansi); equals ce_agency'),
    /** The day the records were found late, in the agency's calendar. */
    asOf: Type.String({ format: 'date', description: 'Day of the sweep' }),
    /** How many records wait on the person, per kind (all of them, not only those listed). */
    counts: Type.Object(
      {
        /** SKPs submitted (DIAJUKAN) and not approved after the end of January. */
        skpToApprove: Type.Integer({ minimum: 0, description: 'SKPs waiting for approval' }),
        /** Appraisals not final too long after their period, waiting on the penilai. */
        appraisalsToFinish: Type.Integer({ minimum: 0, description: 'Appraisals to rate' }),
        /** Objections (keberatan) waiting on the atasan penilai past their time. */
        objectionsToDecide: Type.Integer({ minimum: 0, description: 'Objections to decide' }),
      },
      { description: 'Records waiting on the person, per kind' },
    ),
    /** Whole days past the deadline of the most late record. */
    mostDaysLate: Type.Integer({ minimum: 1, description: 'Days late of the most late record' }),
    /** The records, most late first (at most WORK_WAITING_MAX_ITEMS). */
    items: Type.Array(
      Type.Object({
        /** Which deadline the record has passed. */
        kind: stringEnum(WAITING_KINDS, {
          description: 'SKP_NOT_APPROVED, APPRAISAL_NOT_FINAL or KEBERATAN_UNDECIDED',
        }),
        /** The SKP or appraisal id. */
        recordId: Id('SKP or appraisal id'),
        /** Whose SKP or appraisal it is. */
        employeeId: Id('Employee whose SKP or appraisal it is'),
        /** The appraisal period; `null` for an SKP. */
        period: Type.Union([AppraisalPeriod, Type.Null()], {
          description: 'Appraisal period; null for an SKP',
        }),
        /** The deadline passed. */
        deadline: Type.String({ format: 'date', description: 'The deadline passed' }),
        /** Whole days past it (1 on the first day late). */
        daysLate: Type.Integer({ minimum: 1, description: 'Whole days past the deadline' }),
      }),
      { maxItems: WORK_WAITING_MAX_ITEMS, description: 'The records, most late first' },
    ),
    /** Path of the appraisals the person gives or oversees, in the evaluation API. */
    link: Type.String({
      pattern: '^/',
      description: 'Path of the appraisal list (evaluation API)',
    }),
    /** Path of the SKPs the person appraises, in the evaluation API. */
    skpLink: Type.String({ pattern: '^/', description: 'Path of the SKP list (evaluation API)' }),
  },
  {
    description:
      'SKPs and appraisals that have passed a deadline and wait on this person to act ' +
      '(the evaluation service\u2019s stuck report, per person).',
  },
);

/** Payload of `public.evaluation.work-waiting.v1`. */
export type WorkWaitingV1 = Static<typeof schema>;

export const workWaitingV1 = defineEvent({
  topic: 'public.evaluation.work-waiting.v1',
  producer: 'evaluation',
  subject: 'employeeId',
  agency: 'agencyId',
  summary: 'SKPs and appraisals past a deadline wait on a penilai or atasan penilai',
  description:
    'Published by a daily sweep, at most once a day per person and agency, while records that ' +
    'wait on them are late: SKPs to approve, appraisals to rate, objections to decide.',
  schema,
  example: {
    reminderId: '0b8e0f5c-2a41-5d7e-9c3b-6f1a2e4d8c90',
    employeeId: '4e9f7a21-0b3c-4d58-a6e2-91c8b7d5f034',
    agencyId: 'pemkab-sleman',
    asOf: '2026-02-16',
    counts: { skpToApprove: 2, appraisalsToFinish: 1, objectionsToDecide: 0 },
    mostDaysLate: 15,
    items: [
      {
        kind: 'SKP_NOT_APPROVED',
        recordId: '5f2c7e10-3b9a-4d6e-8f1c-2a7b9d0e4c31',
        employeeId: 'c0a8e1f4-2d6b-4f39-8a1e-5b7c9d3e2f10',
        period: null,
        deadline: '2026-02-01',
        daysLate: 15,
      },
      {
        kind: 'APPRAISAL_NOT_FINAL',
        recordId: '7d3c2a9e-5b1f-4c8e-9a6d-2f4e8b1c0a37',
        employeeId: '9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d',
        period: {
          kind: 'TAHUNAN',
          year: 2025,
          index: null,
          startDate: '2025-01-01',
          endDate: '2025-12-31',
        },
        deadline: '2026-01-31',
        daysLate: 16,
      },
    ],
    link: '/api/v1/appraisals',
    skpLink: '/api/v1/skp',
  },
  personalData: [
    { path: 'employeeId', why: 'The person reminded: the recipient of the notice.' },
    {
      path: 'items[].employeeId',
      why: 'Whose records wait: lets the reminded person find them (no names or NIP).',
    },
  ],
});
