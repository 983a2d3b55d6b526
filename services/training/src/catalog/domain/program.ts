import type {
  BerakhlakValue,
  DevelopedCompetency,
  PositionGroup,
  TrainingForm,
} from '@jenjang/contracts';
import { KLASIKAL_FORMS } from '@jenjang/contracts';
import { DomainError } from '@jenjang/domain-kernel';

export const PROVIDER_KINDS = ['INTERNAL', 'LAN', 'UNIVERSITAS', 'LAINNYA'] as const;
export type ProviderKind = (typeof PROVIDER_KINDS)[number];
/** OWN: only the owning agency; PROVINCE: every agency of the province. */
export const AVAILABILITY = ['OWN', 'PROVINCE'] as const;
export type Availability = (typeof AVAILABILITY)[number];

export interface Program {
  id: string;
  agencyId: string;
  title: string;
  description: string;
  form: TrainingForm;
  provider: { kind: ProviderKind; name: string };
  jp: number;
  competencies: DevelopedCompetency[];
  competencyNames: Record<string, string>;
  berakhlakValues: BerakhlakValue[];
  prerequisites: string[];
  availability: Availability;
  /** Self-paced (e.g. e-learning): can be taken any time, without a session. */
  selfPaced: boolean;
  /**
   * For a leadership programme (PKP, PKA, PKN): the position level it prepares for, as the
   * catalog records it; null (or absent on older entries) reads it from the title.
   */
  leadershipLevel?: LeadershipLevel | null;
  active: boolean;
}

export interface Session {
  id: string;
  programId: string;
  agencyId: string;
  startsAt: Date;
  endsAt: Date;
  capacity: number;
  seatsTaken: number;
  location: string | null;
  link: string | null;
}

/** Position levels a leadership programme prepares for: PKP pengawas, PKA administrator, PKN JPT. */
export const LEADERSHIP_LEVELS = ['PENGAWAS', 'ADMINISTRATOR', 'JPT'] as const;
export type LeadershipLevel = (typeof LEADERSHIP_LEVELS)[number];

/** PKP/PKA/PKN and the level names, as catalogs and SIASN files write them. */
export function toLeadershipLevel(raw: string): LeadershipLevel | null {
  const v = raw.trim().toUpperCase();
  if (['PKP', 'PENGAWAS'].includes(v)) return 'PENGAWAS';
  if (['PKA', 'ADMINISTRATOR'].includes(v)) return 'ADMINISTRATOR';
  if (['PKN', 'PKN II', 'PKN TINGKAT II', 'JPT'].includes(v)) return 'JPT';
  return null;
}

export const isKlasikal = (form: TrainingForm): boolean =>
  (KLASIKAL_FORMS as readonly string[]).includes(form);

/** A program is open to the agency that owns it, and to every agency when province-wide. */
export const isOpenTo = (p: Pick<Program, 'agencyId' | 'availability'>, agencyId: string) =>
  p.agencyId === agencyId || p.availability === 'PROVINCE';

export class InvalidProgramError extends DomainError {
  readonly code = 'PROGRAM_INVALID';
  constructor(field: string, en: string, id: string) {
    super({ en, id }, { status: 422, field });
  }
}

export function checkSession(s: { startsAt: Date; endsAt: Date; capacity: number }): void {
  if (s.endsAt < s.startsAt) {
    throw new InvalidProgramError(
      'endsAt',
      'A session cannot end before it starts.',
      'Angkatan tidak dapat berakhir sebelum dimulai.',
    );
  }
  if (!Number.isInteger(s.capacity) || s.capacity < 1) {
    throw new InvalidProgramError(
      'capacity',
      'Capacity must be a whole number of at least 1.',
      'Kapasitas harus bilangan bulat minimal 1.',
    );
  }
}

/** A leadership level belongs to a leadership programme only. */
export function checkLeadershipLevel(form: TrainingForm, level: LeadershipLevel | null): void {
  if (level !== null && form !== 'PELATIHAN_KEPEMIMPINAN') {
    throw new InvalidProgramError(
      'leadershipLevel',
      'Only a leadership programme (PELATIHAN_KEPEMIMPINAN) has a leadership level.',
      'Hanya pelatihan kepemimpinan (PELATIHAN_KEPEMIMPINAN) yang memiliki jenjang kepemimpinan.',
    );
  }
}

export function checkJp(jp: number, field = 'jp'): void {
  if (!Number.isFinite(jp) || jp < 0) {
    throw new InvalidProgramError(field, 'JP cannot be negative.', 'JP tidak boleh negatif.');
  }
}

/**
 * The position level a leadership programme prepares for: PKP (Pelatihan Kepemimpinan Pengawas)
 * for pengawas, PKA (Administrator) for administrator, PKN (Nasional) for JPT. The catalog's own
 * field first; else read from the national programme names in the title; null for any other
 * programme.
 */
export function leadershipLevelOf(
  p: Pick<Program, 'form' | 'title' | 'leadershipLevel'>,
): PositionGroup | null {
  if (p.form !== 'PELATIHAN_KEPEMIMPINAN') return null;
  if (p.leadershipLevel) return p.leadershipLevel;
  const t = p.title.toUpperCase();
  if (/\bPKP\b|KEPEMIMPINAN PENGAWAS/.test(t)) return 'PENGAWAS';
  if (/\bPKA\b|KEPEMIMPINAN ADMINISTRATOR/.test(t)) return 'ADMINISTRATOR';
  if (/\bPKN\b|KEPEMIMPINAN NASIONAL/.test(t)) return 'JPT';
  return null;
}
