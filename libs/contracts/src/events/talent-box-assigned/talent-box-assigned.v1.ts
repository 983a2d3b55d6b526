import { Type, type Static } from '@sinclair/typebox';
import { defineEvent } from '../../define-event';
import { TalentBox, TalentCauseKind, TalentLevel } from '../career-vocabulary';
import { BilingualText } from '../competency-vocabulary';
import { Id, Predikat } from '../evaluation-vocabulary';

const schema = Type.Object(
  {
    /**
     * The assignment; deterministic from the cause and the employee (UUID v5), so a redelivered
     * cause never yields a second one. Deduplicate on it.
     */
    assignmentId: Id('The assignment; deterministic from cause and employee. Deduplicate on it'),
    /** The employee; equals the `ce_subject` header and the Kafka key. */
    employeeId: Id('Employee; equals ce_subject and the Kafka key'),
    /** The agency (instansi); equals the `ce_agency` header. */
    agencyId: Id('Agency (instansi); equals ce_agency'),
    /** Unit kerja of the employee when placed in the box (distribution reports are per unit). */
    unitId: Id('Unit kerja of the employee'),
    /**
     * The 9-box: 9 high kinerja/high potensi … 1 low/low, numbered as in PermenPANRB 3/2020
     * (box 7 is high kinerja/middle potensi, box 6 low kinerja/high potensi).
     */
    box: TalentBox('9-box, numbered as in PermenPANRB 3/2020 (DOMAIN.md §4)'),
    /** The box before this assignment; `null` for the first one. Never equal to `box`. */
    previousBox: Type.Union([TalentBox('Previous box'), Type.Null()], {
      description: 'Box before this assignment; null for the first one',
    }),
    /** Kinerja (performance) level from the annual predikat, by the agency's cut-offs. */
    kinerja: TalentLevel,
    /** Potensi (potential) level from the latest potential assessment, by the agency's cut-offs. */
    potensi: TalentLevel,
    /** The annual predikat the kinerja level comes from. */
    predikat: Predikat,
    /** The recommended action for the box (DOMAIN.md §4), Bahasa Indonesia and English. */
    recommendedAction: BilingualText('Recommended action for the box (PermenPANRB 3/2020)'),
    /** What placed the person again. */
    cause: Type.Object(
      {
        /** The kind of cause. */
        kind: TalentCauseKind,
        /** `ce_id` of the causing event; `null` when the cause was not an event (an API call). */
        eventId: Type.Union([Id('ce_id of the causing event'), Type.Null()], {
          description: 'ce_id of the causing event; null when not an event',
        }),
        /** CloudEvents `type` of the causing event; `null` exactly when `eventId` is. */
        eventType: Type.Union([Type.String({ minLength: 1 }), Type.Null()], {
          description: 'CloudEvents type of the causing event; null when eventId is null',
        }),
        /** The annual appraisal whose predikat gives kinerja; present for APPRAISAL_FINALIZED. */
        appraisalId: Type.Optional(Id('Annual appraisal; present for APPRAISAL_FINALIZED')),
      },
      { description: 'What placed the person again' },
    ),
    /** The appraisal year the kinerja comes from. */
    year: Type.Integer({ minimum: 2000, maximum: 2100, description: 'Year of the kinerja' }),
    /** When the box was assigned. */
    assignedAt: Type.String({ format: 'date-time', description: 'When assigned' }),
    /** Path of the person's talent profile in the career-planning API. */
    link: Type.String({ pattern: '^/', description: 'Path in the career-planning API' }),
  },
  {
    description:
      "The person's 9-box changed (kinerja x potensi by the agency's cut-offs), with the " +
      'recommended action. Published only when the box changes. No names, NIP, NIK or scores.',
  },
);

/** Payload of `public.career.talent-box-assigned.v1`. */
export type TalentBoxAssignedV1 = Static<typeof schema>;

export const talentBoxAssignedV1 = defineEvent({
  topic: 'public.career.talent-box-assigned.v1',
  producer: 'career-planning',
  subject: 'employeeId',
  agency: 'agencyId',
  summary: "An employee's 9-box changed",
  description:
    'Published when an annual appraisal, a potential assessment or new agency cut-offs move a ' +
    'person to another box (not when the box stays). Training can weigh the recommended action; ' +
    'notification tells the person and the superior; analytics build the talent map.',
  schema,
  example: {
    assignmentId: '5d2e8a41-9c3f-5b07-a6e1-4f8b2c9d0e73',
    employeeId: 'c0a8e1f4-2d6b-4f39-8a1e-5b7c9d3e2f10',
    agencyId: 'pemkab-sleman',
    unitId: 'pemkab-sleman.dinkes.yankes',
    box: 8,
    previousBox: 5,
    kinerja: 'MEDIUM',
    potensi: 'HIGH',
    predikat: 'BAIK',
    recommendedAction: {
      id: 'Pertahankan; masuk KRS; rotasi atau perluasan jabatan; coaching kinerja',
      en: 'Retain; enter the succession pool (KRS); rotation or job enlargement; performance coaching',
    },
    cause: {
      kind: 'APPRAISAL_FINALIZED',
      eventId: 'b7e0c3d1-2a4f-4e68-9c5b-1d3f7a9e2c40',
      eventType: 'id.go.jenjang.evaluation.appraisal-finalized.v1',
      appraisalId: '7d3c2a9e-5b1f-4c8e-9a6d-2f4e8b1c0a37',
    },
    year: 2025,
    assignedAt: '2026-01-27T09:15:04+07:00',
    link: '/api/v1/talent/employees/c0a8e1f4-2d6b-4f39-8a1e-5b7c9d3e2f10',
  },
  personalData: [
    { path: 'employeeId', why: 'Identifies the person placed in the 9-box.' },
    { path: 'box', why: 'Talent assessment of the person: drives development and succession.' },
    { path: 'previousBox', why: 'Earlier talent assessment of the person.' },
    { path: 'kinerja', why: 'Performance level of the person.' },
    { path: 'potensi', why: 'Potential level of the person (from an assessment).' },
    { path: 'predikat', why: 'Annual predikat of the person the kinerja comes from.' },
    { path: 'recommendedAction', why: 'What the agency is advised to do with the person.' },
  ],
});
