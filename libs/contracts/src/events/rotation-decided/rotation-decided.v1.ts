import { Type, type Static } from '@sinclair/typebox';
import { defineEvent } from '../../define-event';
import { Id, stringEnum } from '../evaluation-vocabulary';
import { RotationPost } from '../rotation-proposed/rotation-proposed.v1';

export const ROTATION_DECISIONS = ['APPROVED', 'REJECTED'] as const;
/** The employee's answer to the proposal when it was decided. */
export const ROTATION_ANSWERS = ['AGREED', 'OBJECTED', 'NO_ANSWER'] as const;
/** Coded reasons for objecting (the free text stays in career planning). */
export const ROTATION_OBJECTIONS = [
  'FAMILY',
  'HEALTH',
  'DISTANCE',
  'CAREER_PATH',
  'WORK_IN_PROGRESS',
  'PREFERS_CURRENT_POST',
  'OTHER',
] as const;

const schema = Type.Object(
  {
    rotationId: Id('The proposal decided'),
    /** The employee; equals the `ce_subject` header and the Kafka key. */
    employeeId: Id('Employee; equals ce_subject and the Kafka key'),
    agencyId: Id('Agency (instansi); equals ce_agency'),
    decision: stringEnum(ROTATION_DECISIONS, { description: 'APPROVED or REJECTED by HR' }),
    employeeAnswer: stringEnum(ROTATION_ANSWERS, {
      description: 'AGREED, OBJECTED or NO_ANSWER when decided',
    }),
    objection: Type.Union(
      [
        stringEnum(ROTATION_OBJECTIONS, { description: 'Coded reason of the objection' }),
        Type.Null(),
      ],
      { description: 'Coded reason of the objection; null unless OBJECTED' },
    ),
    to: RotationPost,
    /** First day in the new post when approved; null when rejected. */
    effectiveDate: Type.Union([Type.String({ format: 'date' }), Type.Null()], {
      description: 'First day in the new post; null when rejected',
    }),
    /** The placement created by the approval; null when rejected. */
    placementId: Type.Union([Id('Placement created'), Type.Null()], {
      description: 'Placement created by the approval; null when rejected',
    }),
    decidedAt: Type.String({ format: 'date-time', description: 'When decided' }),
    link: Type.String({ pattern: '^/', description: 'Path of the proposal in the API' }),
  },
  {
    description:
      'HR decided a rotation proposal after hearing the employee and the superior; an approval ' +
      'also places the employee (employee-placed). No names, NIP, NIK or free text.',
  },
);

/** Payload of `public.career.rotation-decided.v1`. */
export type RotationDecidedV1 = Static<typeof schema>;

export const rotationDecidedV1 = defineEvent({
  topic: 'public.career.rotation-decided.v1',
  producer: 'career-planning',
  subject: 'employeeId',
  agency: 'agencyId',
  summary: 'A rotation proposal was approved or rejected',
  description:
    'Published once per proposal when HR decides it, with the employee’s answer; the reason of ' +
    'the decision is recorded in career planning.',
  schema,
  example: {
    rotationId: '7e3a1c5b-2d9f-5048-b6e1-9c0a4f7d2b63',
    employeeId: '9b4e2d71-3c8a-4f06-b5d9-e17a0c6f2b38',
    agencyId: 'pemkab-sleman',
    decision: 'APPROVED',
    employeeAnswer: 'AGREED',
    objection: null,
    to: {
      id: 'jab-kasi-pengaduan',
      name: 'Kepala Seksi Pengaduan',
      group: 'PENGAWAS',
      grade: 9,
      unitId: 'pemkab-sleman.dpmptsp',
    },
    effectiveDate: '2026-04-01',
    placementId: '3c9d2e1f-6a4b-5c70-8e12-b4f0a7d9c356',
    decidedAt: '2026-03-20T10:00:00+07:00',
    link: '/api/v1/rotations/7e3a1c5b-2d9f-5048-b6e1-9c0a4f7d2b63',
  },
  personalData: [
    { path: 'employeeId', why: 'Identifies the person the decision concerns.' },
    { path: 'objection', why: 'The person’s view of a move of their career.' },
  ],
});
