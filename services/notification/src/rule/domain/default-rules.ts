import { RANK_RULES } from './default-rules-rank';
import { SURVEY_ROTATION_RULES } from './default-rules-survey-rotation';
import type { NotificationRule } from './rule';

// The platform's rules, in force for every agency until the agency saves its own version of one.
export const DEFAULT_RULES: readonly NotificationRule[] = [
  {
    type: 'appraisal-feedback',
    eventTopic: 'public.evaluation.appraisal-finalized.v1',
    audience: { kind: 'EVENT_FIELD', path: 'employeeId' },
    mandatory: true,
    channels: ['IN_APP', 'EMAIL', 'WEBHOOK'],
    enabled: true,
    description: {
      id: 'Umpan balik penilaian kinerja yang sudah final, kepada pegawai yang dinilai (wajib).',
      en: 'Feedback of a final performance appraisal, to the appraised employee (mandatory).',
    },
  },
  {
    type: 'appraisal-finalized-penilai',
    eventTopic: 'public.evaluation.appraisal-finalized.v1',
    audience: { kind: 'EVENT_FIELD', path: 'penilaiId' },
    mandatory: false,
    channels: ['IN_APP', 'EMAIL'],
    enabled: true,
    description: {
      id: 'Konfirmasi kepada pejabat penilai bahwa penilaian sudah final (termasuk putusan keberatan) dan umpan balik terkirim.',
      en: 'Confirmation to the appraiser that the appraisal is final (with any objection decision) and the feedback was sent.',
    },
  },
  {
    type: 'predikat-set',
    eventTopic: 'public.evaluation.predikat-set.v1',
    audience: { kind: 'EVENT_FIELD', path: 'employeeId' },
    // The objection window runs from now: never held back by quiet hours or a digest.
    mandatory: true,
    channels: ['IN_APP', 'EMAIL', 'WEBHOOK'],
    enabled: true,
    description: {
      id: 'Predikat kinerja yang baru ditetapkan, kedua rating, batas waktu dan cara mengajukan keberatan, kepada pegawai (wajib).',
      en: 'A newly set predikat, both ratings, the objection deadline and how to object, to the employee (mandatory).',
    },
  },
  {
    type: 'feedback-given',
    eventTopic: 'public.evaluation.feedback-given.v1',
    audience: { kind: 'EVENT_FIELD', path: 'employeeId' },
    mandatory: false,
    channels: ['IN_APP', 'EMAIL'],
    enabled: true,
    description: {
      id: 'Umpan balik berkelanjutan dari pejabat penilai selama periode penilaian, kepada pegawai.',
      en: "The appraiser's continuous feedback during the appraisal period, to the employee.",
    },
  },
  {
    type: 'work-waiting',
    eventTopic: 'public.evaluation.work-waiting.v1',
    audience: { kind: 'EVENT_FIELD', path: 'employeeId' },
    mandatory: false,
    channels: ['IN_APP', 'EMAIL'],
    enabled: true,
    description: {
      id: 'Pengingat harian kepada pejabat penilai dan atasannya tentang SKP, penilaian dan keberatan yang terlambat dan menunggu mereka.',
      en: 'Daily reminder to appraisers and their superiors of late SKPs, appraisals and objections waiting on them.',
    },
  },
  {
    type: 'training-recommended',
    eventTopic: 'public.training.recommended.v1',
    audience: { kind: 'EVENT_FIELD', path: 'employeeId' },
    mandatory: false,
    channels: ['IN_APP', 'EMAIL'],
    enabled: true,
    description: {
      id: 'Rekomendasi pelatihan beserta alasannya dan cara mendaftar, kepada pegawai.',
      en: 'Training recommendations with their reasons and how to enroll, to the employee.',
    },
  },
  {
    type: 'training-jp-reminder',
    eventTopic: 'public.training.jp-reminder.v1',
    audience: { kind: 'EVENT_FIELD', path: 'employeeId' },
    mandatory: false,
    channels: ['IN_APP', 'EMAIL'],
    enabled: true,
    description: {
      id: 'Pengingat akhir tahun bila JP pengembangan kompetensi belum mencapai batas minimal instansi.',
      en: "Year-end reminder when the competency development hours (JP) are below the agency's minimum.",
    },
  },
  {
    type: 'talent-box-assigned',
    eventTopic: 'public.career.talent-box-assigned.v1',
    audience: { kind: 'TEAM', team: 'TALENT_TEAM' },
    mandatory: false,
    channels: ['IN_APP', 'EMAIL'],
    enabled: true,
    description: {
      id: 'Penempatan pegawai pada kotak manajemen talenta, kepada tim talenta instansi.',
      en: "An employee's placement in the talent 9-box, to the agency's talent team.",
    },
  },
  ...SURVEY_ROTATION_RULES,
  ...RANK_RULES,
];
