import type { NotificationRule } from './rule';

// Rank and promotion (DOMAIN.md §6): the person is told when they become eligible.
export const RANK_RULES: readonly NotificationRule[] = [
  {
    type: 'promotion-eligible',
    eventTopic: 'public.career.promotion-eligible.v1',
    audience: { kind: 'EVENT_FIELD', path: 'employeeId' },
    mandatory: false,
    channels: ['IN_APP', 'EMAIL'],
    enabled: true,
    description: {
      id: 'Pemberitahuan kepada pegawai bahwa ia memenuhi syarat kenaikan pangkat pada suatu periode.',
      en: 'Tells the employee they meet the requirements for a promotion in rank in a period.',
    },
  },
];
