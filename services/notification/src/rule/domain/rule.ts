import type { BilingualText } from '@jenjang/domain-kernel';

/** Channels built so far; SMS and WHATSAPP are reserved in the public contract. */
export const CHANNELS = ['IN_APP', 'EMAIL', 'WEBHOOK'] as const;
export type Channel = (typeof CHANNELS)[number];

/** Who receives the notices of a rule. */
export type Audience =
  /** The employee whose id is at this path of the event (e.g. `employeeId`, `penilaiId`). */
  | { kind: 'EVENT_FIELD'; path: string }
  /** Every recipient of the event's agency that belongs to this team (e.g. `TALENT_TEAM`). */
  | { kind: 'TEAM'; team: string };

/** From an event to notices: which template, to whom, on which channels, and whether mandatory. */
export interface NotificationRule {
  /** The notification type, also the template's name, e.g. `appraisal-feedback`. */
  type: string;
  /** Topic of the event contract the rule reacts to. */
  eventTopic: string;
  audience: Audience;
  /** Mandatory notices ignore opt-outs, quiet hours and the digest. */
  mandatory: boolean;
  channels: Channel[];
  enabled: boolean;
  description: BilingualText;
}

export const TYPE_PATTERN = /^[a-z][a-z0-9-]*$/;
