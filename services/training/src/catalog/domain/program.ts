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

export function checkJp(jp: number, field = 'jp'): void {
  if (!Number.isFinite(jp) || jp < 0) {
    throw new InvalidProgramError(field, 'JP cannot be negative.', 'JP tidak boleh negatif.');
  }
}

/**
 * The position level a leadership programme prepares for: PKP (Pelatihan Kepemimpinan Pengawas)
 * for pengawas, PKA (Administrator) for administrator, PKN (Nasional) for JPT. Read from the
 * national programme names in the title; null for any other programme.
 */
export function leadershipLevelOf(p: Pick<Program, 'form' | 'title'>): PositionGroup | null {
  if (p.form !== 'PELATIHAN_KEPEMIMPINAN') return null;
  const t = p.title.toUpperCase();
  if (/\bPKP\b|KEPEMIMPINAN PENGAWAS/.test(t)) return 'PENGAWAS';
  if (/\bPKA\b|KEPEMIMPINAN ADMINISTRATOR/.test(t)) return 'ADMINISTRATOR';
  if (/\bPKN\b|KEPEMIMPINAN NASIONAL/.test(t)) return 'JPT';
  return null;
}
