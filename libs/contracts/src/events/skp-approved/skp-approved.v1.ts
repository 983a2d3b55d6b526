import { Type, type Static } from '@sinclair/typebox';
import { defineEvent } from '../../define-event';
import { Id } from '../evaluation-vocabulary';

const schema = Type.Object(
  {
    /** The approved SKP (Sasaran Kinerja Pegawai: the yearly performance plan). */
    skpId: Id('Approved SKP (yearly performance plan)'),
    /** Employee whose SKP it is; equals the `ce_subject` header and the Kafka key. */
    employeeId: Id('Employee whose SKP it is; equals ce_subject and the Kafka key'),
    /** The agency (instansi); equals the `ce_agency` header. */
    agencyId: Id('Agency (instansi); equals ce_agency'),
    /** Unit kerja of the employee when the SKP was approved. */
    unitId: Id('Unit kerja of the employee'),
    /** Year the SKP covers. */
    year: Type.Integer({ minimum: 2000, maximum: 2100, description: 'Year the SKP covers' }),
    /** The penilai who approved it (status `DISETUJUI`). */
    penilaiId: Id('Employee id of the penilai who approved'),
    /** When the SKP was approved. */
    approvedAt: Type.String({ format: 'date-time', description: 'When the SKP was approved' }),
    /** Number of hasil kerja (work results) in the SKP. */
    hasilKerjaCount: Type.Object(
      {
        /** Hasil kerja utama (main work results); an SKP has at least one. */
        utama: Type.Integer({ minimum: 1, description: 'Hasil kerja utama' }),
        /** Hasil kerja tambahan (additional work results). */
        tambahan: Type.Integer({ minimum: 0, description: 'Hasil kerja tambahan' }),
      },
      { description: 'Number of hasil kerja (work results)' },
    ),
  },
  {
    description:
      'An SKP was approved. A revised SKP (after a transfer or a change of superior) is ' +
      'approved, and published, again.',
  },
);

/** Payload of `public.evaluation.skp-approved.v1`. */
export type SkpApprovedV1 = Static<typeof schema>;

export const skpApprovedV1 = defineEvent({
  topic: 'public.evaluation.skp-approved.v1',
  producer: 'evaluation',
  subject: 'employeeId',
  agency: 'agencyId',
  summary: 'An SKP was approved by the penilai',
  description:
    'Published when the penilai approves an SKP (DIAJUKAN to DISETUJUI); appraisal of the year ' +
    'can start from it.',
  schema,
  example: {
    skpId: 'b51e0f42-8c3d-4a7b-9e15-6d2c4f8a1b90',
    employeeId: 'c0a8e1f4-2d6b-4f39-8a1e-5b7c9d3e2f10',
    agencyId: 'pemkab-sleman',
    unitId: 'pemkab-sleman.dinkes.yankes',
    year: 2026,
    penilaiId: '4e9f7a21-0b3c-4d58-a6e2-91c8b7d5f034',
    approvedAt: '2026-01-22T14:05:31+07:00',
    hasilKerjaCount: { utama: 4, tambahan: 1 },
  },
  personalData: [
    { path: 'employeeId', why: 'Identifies whose SKP it is: the key of every consumer record.' },
    { path: 'penilaiId', why: 'Who approved it: reporting lines and the approval audit.' },
  ],
});
