import { Type, type Static } from '@sinclair/typebox';
import { defineEvent } from '../../define-event';
import { CareerMove, EmploymentType, PositionGrade } from '../career-vocabulary';
import { Id, POSITION_GROUPS, stringEnum } from '../evaluation-vocabulary';

const schema = Type.Object(
  {
    /** The placement; a later revision of the same placement (e.g. it ended) keeps the id. */
    placementId: Id('The placement; a later revision (validTo set) keeps the id'),
    /**
     * Revision of the placement, 1 when recorded; +1 each time it changes (ended, superior
     * corrected). Consumers keep the highest revision per placementId.
     */
    revision: Type.Integer({
      minimum: 1,
      description: 'Revision of the placement; keep the highest per placementId',
    }),
    /** The employee placed; equals the `ce_subject` header and the Kafka key. */
    employeeId: Id('Employee placed; equals ce_subject and the Kafka key'),
    /** The agency (instansi); equals the `ce_agency` header. */
    agencyId: Id('Agency (instansi); equals ce_agency'),
    /** Unit kerja (OPD or its sub-unit) of the position. */
    unitId: Id('Unit kerja of the position'),
    /** The jabatan (position) held. */
    position: Type.Object(
      {
        /** Jabatan id, the same id competency standards and appraisals use. */
        id: Id('Jabatan id'),
        /** Name of the jabatan, for display. */
        name: Type.String({ minLength: 1, maxLength: 300, description: 'Jabatan name' }),
        /** Group of the jabatan. */
        group: stringEnum(POSITION_GROUPS, {
          description: 'JPT, ADMINISTRATOR, PENGAWAS, PELAKSANA or FUNGSIONAL',
        }),
        /** Kelas jabatan (grade) 1–17. */
        grade: PositionGrade('Kelas jabatan (grade) 1-17'),
      },
      { description: 'Jabatan held' },
    ),
    /**
     * The direct superior (atasan langsung) during this placement: the penilai of the employee's
     * appraisals. `null` at the top of the agency or when the superior is not on the platform.
     */
    superiorEmployeeId: Type.Union([Id('Direct superior (atasan langsung)'), Type.Null()], {
      description: 'Direct superior (atasan langsung); null at the top or when not on the platform',
    }),
    /** First day of the placement (inclusive), as in the SK (decree). */
    validFrom: Type.String({ format: 'date', description: 'First day (inclusive)' }),
    /** Last day (inclusive); `null` while the placement lasts. */
    validTo: Type.Union([Type.String({ format: 'date' }), Type.Null()], {
      description: 'Last day (inclusive); null while the placement lasts',
    }),
    /** How this placement relates to the employee's previous one (pola karier). */
    move: CareerMove,
    /**
     * PNS or PPPK, when the placement records it (absent on placements recorded before it was
     * kept: read as PNS). Rank and promotion apply to PNS only; the JP rule differs.
     */
    employmentType: Type.Optional(EmploymentType),
    /** When career planning recorded this revision. */
    placedAt: Type.String({ format: 'date-time', description: 'When this revision was recorded' }),
  },
  {
    description:
      'An employee holds a jabatan in a unit from validFrom (to validTo), with their direct ' +
      'superior: the reporting structure other services copy. No names, NIP or NIK.',
  },
);

/** Payload of `public.career.employee-placed.v1`. */
export type EmployeePlacedV1 = Static<typeof schema>;

export const employeePlacedV1 = defineEvent({
  topic: 'public.career.employee-placed.v1',
  producer: 'career-planning',
  subject: 'employeeId',
  agency: 'agencyId',
  summary: 'An employee was placed in a position (or the placement changed)',
  description:
    'Published for every new placement and every revision of one (ended, superior corrected), ' +
    'from the API or a CSV import. Evaluation may check that a penilai is the superior; ' +
    'competency and training keep the position held; notification resolves superiors.',
  schema,
  example: {
    placementId: '3f6b9c2e-71d4-4a85-b0e3-9c2d5f8a1e64',
    revision: 1,
    employeeId: 'c0a8e1f4-2d6b-4f39-8a1e-5b7c9d3e2f10',
    agencyId: 'pemkab-sleman',
    unitId: 'pemkab-sleman.dinkes.yankes',
    position: {
      id: 'jab-analis-kebijakan-ahli-pertama',
      name: 'Analis Kebijakan Ahli Pertama',
      group: 'FUNGSIONAL',
      grade: 8,
    },
    superiorEmployeeId: '4e9f7a21-0b3c-4d58-a6e2-91c8b7d5f034',
    validFrom: '2026-03-01',
    validTo: null,
    move: 'DIAGONAL',
    employmentType: 'PNS',
    placedAt: '2026-02-24T10:05:00+07:00',
  },
  personalData: [
    { path: 'employeeId', why: 'Identifies the person placed: the key of every consumer record.' },
    {
      path: 'superiorEmployeeId',
      why: 'The superior: penilai checks and who is notified about the person.',
    },
    { path: 'position', why: 'Jabatan the person holds: standards and gaps are per jabatan.' },
    { path: 'unitId', why: 'Where the person works: unit reports and routing.' },
    { path: 'move', why: "The person's career move (promotion, rotation)." },
    {
      path: 'employmentType',
      why: 'PNS or PPPK: which rules of rank and development apply to the person.',
    },
  ],
});
