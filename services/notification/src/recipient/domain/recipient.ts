import type { Channel } from '../../rule/domain/rule';
import type { Language } from '../../template/domain/labels';
import type { QuietHours } from './quiet-hours';

export const TIME_ZONES = [
  'Asia/Jakarta',
  'Asia/Pontianak',
  'Asia/Makassar',
  'Asia/Jayapura',
] as const;
export type TimeZone = (typeof TIME_ZONES)[number];

/** A person's choice for one notification type on one channel (mandatory notices ignore it). */
export interface Preference {
  type: string;
  channel: Channel;
  enabled: boolean;
}

/** Someone notices go to, in one agency's directory. */
export interface Recipient {
  agencyId: string;
  employeeId: string;
  /**
   * The person's name as their superior reads it in a notice about them ("Bawahan Anda, Rina
   * Wulandari, …"); personal data, never in an event or a log. Null or absent: not known.
   */
  name?: string | null;
  email: string | null;
  /** For a later SMS or WhatsApp channel; E.164. */
  phone: string | null;
  language: Language;
  timeZone: TimeZone;
  unitId: string | null;
  /** Teams the person belongs to, e.g. `TALENT_TEAM` (audience of team rules). */
  teams: string[];
  preferences: Preference[];
  quietHours: QuietHours | null;
  /** Local time of the daily digest of non-mandatory emails; null: send them one by one. */
  digestAt: string | null;
}

/** Whoever is not (yet) in the directory: in-app only, Bahasa Indonesia, WIB. */
export function unknownRecipient(agencyId: string, employeeId: string): Recipient {
  return {
    agencyId,
    employeeId,
    email: null,
    phone: null,
    language: 'id',
    timeZone: 'Asia/Jakarta',
    unitId: null,
    teams: [],
    preferences: [],
    quietHours: null,
    digestAt: null,
  };
}

export function optedOut(r: Recipient, type: string, channel: Channel): boolean {
  return r.preferences.some((p) => p.type === type && p.channel === channel && !p.enabled);
}
