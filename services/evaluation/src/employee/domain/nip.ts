import { DomainError } from '@jenjang/domain-kernel';
import type { FieldError } from '../../shared/domain/field-error';

// NIP (Nomor Induk Pegawai): 18 digits = birth date yyyymmdd + appointment (TMT) yyyymm + sex
// (1 or 2) + sequence (3). It is personal data (UU 27/2022): no message here ever repeats it, and
// callers must not log it.

/** Jenis kelamin as coded in the 15th digit: 1 laki-laki (male), 2 perempuan (female). */
export type JenisKelamin = 'LAKI_LAKI' | 'PEREMPUAN';

export interface NipParts {
  /** The 18 digits, without the spaces people write between the groups. */
  readonly nip: string;
  /** `yyyy-mm-dd`. */
  readonly birthDate: string;
  /** `yyyy-mm`: the month of appointment (TMT CPNS/PPPK). */
  readonly appointment: string;
  readonly jenisKelamin: JenisKelamin;
  readonly sequence: string;
}

export type NipPart = 'format' | 'birthDate' | 'appointment' | 'jenisKelamin';
export interface NipFieldError extends FieldError {
  readonly part: NipPart;
}

export type NipParseResult =
  | { readonly ok: true; readonly value: NipParts }
  | { readonly ok: false; readonly errors: readonly NipFieldError[] };

// A plausibility check, looser than the 18-year minimum age for a CPNS, for old records.
const MIN_AGE_AT_APPOINTMENT_YEARS = 17;

const MESSAGES: Readonly<Record<NipPart | 'tooYoung', { en: string; id: string }>> = {
  format: {
    en: 'A NIP is 18 digits.',
    id: 'NIP terdiri atas 18 digit angka.',
  },
  birthDate: {
    en: 'Digits 1–8 of the NIP are not a valid birth date (yyyymmdd).',
    id: 'Digit ke-1 sampai ke-8 NIP bukan tanggal lahir yang valid (ttttbbhh).',
  },
  appointment: {
    en: 'Digits 9–14 of the NIP are not a valid appointment month (yyyymm).',
    id: 'Digit ke-9 sampai ke-14 NIP bukan bulan pengangkatan yang valid (ttttbb).',
  },
  tooYoung: {
    en: `Digits 9–14 of the NIP give an appointment less than ${MIN_AGE_AT_APPOINTMENT_YEARS} years after the birth date.`,
    id: `Digit ke-9 sampai ke-14 NIP menunjukkan pengangkatan kurang dari ${MIN_AGE_AT_APPOINTMENT_YEARS} tahun setelah tanggal lahir.`,
  },
  jenisKelamin: {
    en: 'Digit 15 of the NIP (sex) must be 1 or 2.',
    id: 'Digit ke-15 NIP (jenis kelamin) harus 1 atau 2.',
  },
};

/** Splits a NIP into its parts, or says which parts are wrong; spaces between groups are allowed. */
export function parseNip(input: string, field = 'nip'): NipParseResult {
  const nip = input.replace(/\s+/g, '');
  if (!/^\d{18}$/.test(nip)) return { ok: false, errors: [error(field, 'format', 'format')] };
  const [by, bm, bd] = [nip.slice(0, 4), nip.slice(4, 6), nip.slice(6, 8)].map(Number);
  const [ay, am] = [nip.slice(8, 12), nip.slice(12, 14)].map(Number);
  const sexDigit = nip[14];
  const errors: NipFieldError[] = [];
  const birthValid = isCalendarDate(by, bm, bd);
  const appointmentValid = am >= 1 && am <= 12;
  if (!birthValid) errors.push(error(field, 'birthDate', 'birthDate'));
  if (!appointmentValid) errors.push(error(field, 'appointment', 'appointment'));
  if (birthValid && appointmentValid) {
    const months = (ay - by) * 12 + (am - bm);
    if (months < MIN_AGE_AT_APPOINTMENT_YEARS * 12) {
      errors.push(error(field, 'appointment', 'tooYoung'));
    }
  }
  if (sexDigit !== '1' && sexDigit !== '2')
    errors.push(error(field, 'jenisKelamin', 'jenisKelamin'));
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      nip,
      birthDate: `${nip.slice(0, 4)}-${nip.slice(4, 6)}-${nip.slice(6, 8)}`,
      appointment: `${nip.slice(8, 12)}-${nip.slice(12, 14)}`,
      jenisKelamin: sexDigit === '1' ? 'LAKI_LAKI' : 'PEREMPUAN',
      sequence: nip.slice(15, 18),
    },
  };
}

export class InvalidNipError extends DomainError {
  readonly code = 'INVALID_NIP';
  constructor(override readonly fieldErrors: readonly NipFieldError[]) {
    super(
      {
        en: fieldErrors.map((e) => e.message.en).join(' '),
        id: fieldErrors.map((e) => e.message.id).join(' '),
      },
      { status: 422, field: fieldErrors[0]?.field },
    );
  }
}

/** The parts of a valid NIP; throws InvalidNipError (without the NIP in it) otherwise. */
export function assertNip(input: string, field = 'nip'): NipParts {
  const result = parseNip(input, field);
  if (!result.ok) throw new InvalidNipError(result.errors);
  return result.value;
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return day <= days;
}

function error(field: string, part: NipPart, message: NipPart | 'tooYoung'): NipFieldError {
  return { field, part, message: MESSAGES[message] };
}
