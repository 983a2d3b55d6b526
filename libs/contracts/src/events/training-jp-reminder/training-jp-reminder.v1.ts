import { Type, type Static } from '@sinclair/typebox';
import { defineEvent } from '../../define-event';
import { Id } from '../evaluation-vocabulary';
import { Jp } from '../training-vocabulary';

const schema = Type.Object(
  {
    /** Deterministic from employee, year and round, so a rerun of the round sends nothing twice. */
    reminderId: Id('Deterministic from employee, year and round. Deduplicate on it'),
    /** The employee behind on JP; equals the `ce_subject` header and the Kafka key. */
    employeeId: Id('Employee; equals ce_subject and the Kafka key'),
    /** The agency (instansi); equals the `ce_agency` header. */
    agencyId: Id('Agency (instansi); equals ce_agency'),
    /** Unit kerja of the employee. */
    unitId: Id('Unit kerja of the employee'),
    /** The year the JP are counted for. */
    year: Type.Integer({ minimum: 2000, maximum: 2100, description: 'Year counted' }),
    /** The reminder round of the year, 1 = first (the rounds' dates are configured). */
    round: Type.Integer({ minimum: 1, maximum: 12, description: 'Reminder round, 1 = first' }),
    /** JP earned so far in the year. */
    jpEarned: Jp('JP earned so far in the year'),
    /** The yearly minimum of the agency (20 unless configured higher). */
    jpRequired: Jp('Yearly JP minimum of the agency'),
    /** `jpRequired − jpEarned`, always > 0 (nobody on track is reminded). */
    jpMissing: Type.Number({ exclusiveMinimum: 0, description: 'jpRequired - jpEarned, > 0' }),
    /** Last day the JP can still be earned (31 December of `year`). */
    deadline: Type.String({ format: 'date', description: 'Last day to earn the JP' }),
    /** Path in the training API listing what is open: `/api/v1/employees/{id}/jp/{year}`. */
    link: Type.String({ pattern: '^/', description: 'Path of the JP summary in the training API' }),
  },
  {
    description:
      'A civil servant has not yet earned the yearly minimum of JP (PP 17/2020: at least 20 JP a ' +
      'year) and the year is ending. No names, NIP or NIK.',
  },
);

/** Payload of `public.training.jp-reminder.v1`. */
export type TrainingJpReminderV1 = Static<typeof schema>;

export const trainingJpReminderV1 = defineEvent({
  topic: 'public.training.jp-reminder.v1',
  producer: 'training',
  subject: 'employeeId',
  agency: 'agencyId',
  summary: 'An employee is behind on the yearly JP minimum',
  description:
    'Published once per employee, year and reminder round (dates configured, e.g. 1 October and ' +
    '1 December) for every employee known to training whose JP earned is below the minimum. ' +
    'Notification turns it into a reminder.',
  schema,
  example: {
    reminderId: 'd3b8f1a6-2c7e-5940-8e1d-6a4c0b9f7e22',
    employeeId: '9b4e2d71-3c8a-4f06-b5d9-e17a0c6f2b38',
    agencyId: 'pemkab-sleman',
    unitId: 'pemkab-sleman.dpmptsp.pelayanan-perizinan',
    year: 2026,
    round: 1,
    jpEarned: 12,
    jpRequired: 20,
    jpMissing: 8,
    deadline: '2026-12-31',
    link: '/api/v1/employees/9b4e2d71-3c8a-4f06-b5d9-e17a0c6f2b38/jp/2026',
  },
  personalData: [
    { path: 'employeeId', why: 'Identifies the person reminded.' },
    { path: 'jpEarned', why: 'Training record of the person.' },
    { path: 'jpMissing', why: 'Training record of the person: what the reminder is about.' },
  ],
});
