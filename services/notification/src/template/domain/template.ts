import type { Language } from './labels';

/** Channels with their own wording; WEBHOOK forwards the IN_APP text. */
export const TEMPLATE_CHANNELS = ['IN_APP', 'EMAIL'] as const;
export type TemplateChannel = (typeof TEMPLATE_CHANNELS)[number];

export interface NotificationTemplate {
  type: string;
  language: Language;
  channel: TemplateChannel;
  /** Title in the inbox, subject of the email. */
  subject: string;
  body: string;
}
