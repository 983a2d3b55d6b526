// The services' settings documents as the admin screens read and write them (docs/api/*.json).

export const STAFF_PREDIKATS = [
  'SANGAT_BAIK',
  'BAIK',
  'BUTUH_PERBAIKAN',
  'KURANG_MISCONDUCT',
  'SANGAT_KURANG',
] as const;
export type StaffPredikat = (typeof STAFF_PREDIKATS)[number];

export const ORG_PREDIKATS = [
  'ISTIMEWA',
  'BAIK',
  'BUTUH_PERBAIKAN',
  'KURANG',
  'SANGAT_KURANG',
] as const;
export type OrgPredikat = (typeof ORG_PREDIKATS)[number];

export const PERIODIC_KINDS = ['BULANAN', 'TRIWULANAN', 'SEMESTERAN'] as const;
export type PeriodKind = (typeof PERIODIC_KINDS)[number] | 'TAHUNAN';

export interface ShareBound {
  maxShare?: number;
  minShare?: number;
}
export type Curve = Record<OrgPredikat, Partial<Record<StaffPredikat, ShareBound>>>;

/** evaluation: GET/PUT agencies/{agencyId}/evaluation-settings */
export interface EvaluationSettings {
  agencyId: string;
  periodKinds: PeriodKind[];
  objectionWindowDays: number;
  curve: Curve;
  revision: number | null;
  configured: boolean;
  updatedAt: string | null;
}

/** training: GET/PUT agencies/{agencyId}/training-settings */
export interface TrainingSettings {
  agencyId: string;
  jpRequired: number;
  approvalRequired: boolean;
  revision: number | null;
  configured: boolean;
  updatedAt: string | null;
}

/** career-planning: GET/PUT agencies/{agencyId}/talent-settings */
export interface TalentSettings {
  agencyId: string;
  cutoffs: {
    kinerja: { mediumFrom: StaffPredikat; highFrom: StaffPredikat };
    potensi: { mediumFromPercent: number; highFromPercent: number };
  };
  successionBoxes: number[];
  configured: boolean;
  revision: number;
}

export const NOTICE_CHANNELS = ['IN_APP', 'EMAIL', 'WEBHOOK'] as const;
export type NoticeChannel = (typeof NOTICE_CHANNELS)[number];

/** notification: GET agencies/{agencyId}/notification-rules, PUT …/notification-rules/{type} */
export interface NotificationRule {
  type: string;
  eventTopic: string;
  audience: { kind: 'EVENT_FIELD' | 'TEAM'; path?: string; team?: string };
  mandatory: boolean;
  channels: NoticeChannel[];
  enabled: boolean;
  description: { id: string; en: string };
  source: 'DEFAULT' | 'AGENCY';
  eventAvailable: boolean;
}

export const TEMPLATE_CHANNELS = ['IN_APP', 'EMAIL'] as const;
export type TemplateChannel = (typeof TEMPLATE_CHANNELS)[number];

/** notification: GET agencies/{agencyId}/notification-templates, PUT …/{type}/{language}/{channel} */
export interface NotificationTemplate {
  type: string;
  language: 'id' | 'en';
  channel: TemplateChannel;
  subject: string;
  body: string;
  source: 'DEFAULT' | 'AGENCY';
}

/** notification: POST …/notification-templates/{type}/{language}/{channel}/preview */
export interface TemplatePreview {
  type: string;
  language: 'id' | 'en';
  channel: TemplateChannel;
  eventTopic: string;
  subject: string;
  body: string;
}
