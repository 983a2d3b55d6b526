import type { NotificationRule } from './rule';

// Post-training surveys (DOMAIN §8) and rotation with the people in it (DOMAIN §7).
export const SURVEY_ROTATION_RULES: readonly NotificationRule[] = [
  {
    type: 'training-survey',
    eventTopic: 'public.training.survey-requested.v1',
    audience: { kind: 'EVENT_FIELD', path: 'respondentId' },
    mandatory: false,
    channels: ['IN_APP', 'EMAIL'],
    enabled: true,
    description: {
      id: 'Undangan survei pascapelatihan, survei lanjutan tentang dampak pada pekerjaan (kepada peserta dan atasannya), dan pengingatnya.',
      en: 'The post-training survey invitation, the follow-up on the effect at work (to the participant and their superior), and reminders.',
    },
  },
  {
    type: 'rotation-proposed',
    eventTopic: 'public.career.rotation-proposed.v1',
    audience: { kind: 'EVENT_FIELD', path: 'employeeId' },
    mandatory: false,
    channels: ['IN_APP', 'EMAIL'],
    enabled: true,
    description: {
      id: 'Usulan rotasi beserta alasannya, kepada pegawai yang diminta pendapatnya.',
      en: 'A rotation proposal with its reasons, to the employee whose view is asked.',
    },
  },
  {
    type: 'rotation-proposed-superior',
    eventTopic: 'public.career.rotation-proposed.v1',
    audience: { kind: 'EVENT_FIELD', path: 'superiorEmployeeId' },
    mandatory: false,
    channels: ['IN_APP', 'EMAIL'],
    enabled: true,
    description: {
      id: 'Permintaan pendapat atas usulan rotasi bawahan, kepada atasan langsungnya.',
      en: "A request for the direct superior's view on a report's rotation proposal.",
    },
  },
  {
    type: 'rotation-decided',
    eventTopic: 'public.career.rotation-decided.v1',
    audience: { kind: 'EVENT_FIELD', path: 'employeeId' },
    mandatory: false,
    channels: ['IN_APP', 'EMAIL'],
    enabled: true,
    description: {
      id: 'Keputusan atas usulan rotasi dan tanggal mulai di jabatan baru, kepada pegawai.',
      en: 'The decision on a rotation proposal and the first day in the new post, to the employee.',
    },
  },
];
