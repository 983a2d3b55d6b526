import { Type, type Static } from '@sinclair/typebox';
import { defineEvent } from '../../define-event';
import { PositionGrade, TalentBox } from '../career-vocabulary';
import { Id, POSITION_GROUPS, stringEnum } from '../evaluation-vocabulary';

/** What opened the rotation review: long tenure in one post, or the 9-box action (DOMAIN §4, §7). */
export const ROTATION_TRIGGERS = ['TENURE', 'NINE_BOX'] as const;

export const RotationPost = Type.Object(
  {
    id: Id('Jabatan id'),
    name: Type.String({ minLength: 1, maxLength: 300, description: 'Jabatan name' }),
    group: stringEnum(POSITION_GROUPS, {
      description: 'JPT, ADMINISTRATOR, PENGAWAS, PELAKSANA or FUNGSIONAL',
    }),
    grade: PositionGrade('Kelas jabatan (grade) 1-17'),
    unitId: Id('Unit kerja of the post'),
  },
  { description: 'A post (jabatan) in a unit' },
);

const schema = Type.Object(
  {
    /** The proposal; deterministic from the held placement and the post proposed. */
    rotationId: Id('The proposal; deduplicate on it'),
    /** The employee; equals the `ce_subject` header and the Kafka key. */
    employeeId: Id('Employee; equals ce_subject and the Kafka key'),
    agencyId: Id('Agency (instansi); equals ce_agency'),
    /** The direct superior consulted (per today's placement); null when unknown. */
    superiorEmployeeId: Type.Union([Id('Direct superior consulted'), Type.Null()], {
      description: 'Direct superior consulted; null when not known',
    }),
    triggers: Type.Array(
      stringEnum(ROTATION_TRIGGERS, { description: 'TENURE (years in one post) or NINE_BOX' }),
      { minItems: 1, maxItems: 2, uniqueItems: true, description: 'What opened the review' },
    ),
    /** Whole years in the post held when proposed. */
    tenureYears: Type.Integer({ minimum: 0, maximum: 60, description: 'Whole years in the post' }),
    box: Type.Union([TalentBox('9-box of the latest placement'), Type.Null()], {
      description: '9-box of the latest annual placement; null when not placed',
    }),
    from: RotationPost,
    to: RotationPost,
    /** Competency codes of the person's gaps the new post works on. */
    closes: Type.Array(Type.String({ minLength: 1 }), { maxItems: 30, description: 'Gaps closed' }),
    /** Key competencies of the new post the person develops there. */
    develops: Type.Array(Type.String({ minLength: 1 }), {
      maxItems: 30,
      description: 'Competencies developed in the new post',
    }),
    proposedAt: Type.String({ format: 'date-time', description: 'When proposed' }),
    /** Path of the proposal in the career-planning API. */
    link: Type.String({ pattern: '^/', description: 'Path of the proposal in the API' }),
  },
  {
    description:
      'A rotation (rotasi: a move sideways without a change of rank, DOMAIN §7) is proposed to an ' +
      'employee, who is asked for their view; the superior is consulted. No names, NIP or NIK.',
  },
);

/** Payload of `public.career.rotation-proposed.v1`. */
export type RotationProposedV1 = Static<typeof schema>;

export const rotationProposedV1 = defineEvent({
  topic: 'public.career.rotation-proposed.v1',
  producer: 'career-planning',
  subject: 'employeeId',
  agency: 'agencyId',
  summary: 'A rotation is proposed to an employee',
  description:
    'Published once per proposal, when a rotation review (tenure in one post, or the 9-box ' +
    'action) finds a same-grade post that works on the person’s gaps.',
  schema,
  example: {
    rotationId: '7e3a1c5b-2d9f-5048-b6e1-9c0a4f7d2b63',
    employeeId: '9b4e2d71-3c8a-4f06-b5d9-e17a0c6f2b38',
    agencyId: 'pemkab-sleman',
    superiorEmployeeId: '4d2a9c6e-7b13-4f58-a0e9-3c6b1d8f2e71',
    triggers: ['TENURE', 'NINE_BOX'],
    tenureYears: 6,
    box: 8,
    from: {
      id: 'jab-kasi-perizinan',
      name: 'Kepala Seksi Perizinan',
      group: 'PENGAWAS',
      grade: 9,
      unitId: 'pemkab-sleman.dpmptsp',
    },
    to: {
      id: 'jab-kasi-pengaduan',
      name: 'Kepala Seksi Pengaduan',
      group: 'PENGAWAS',
      grade: 9,
      unitId: 'pemkab-sleman.dpmptsp',
    },
    closes: ['KERJA_SAMA'],
    develops: ['KERJA_SAMA', 'KOMUNIKASI'],
    proposedAt: '2026-03-02T09:00:00+07:00',
    link: '/api/v1/rotations/7e3a1c5b-2d9f-5048-b6e1-9c0a4f7d2b63',
  },
  personalData: [
    { path: 'employeeId', why: 'Identifies the person the rotation is proposed to.' },
    { path: 'box', why: 'Talent placement of the person.' },
    { path: 'closes', why: 'Competency gaps of the person.' },
  ],
});
