import type { PeriodKind } from '../events/evaluation-vocabulary';
import type { Language } from './bilingual-text';

// How dates, periods and numbers read in a text for a person: "14 Februari 2026 pukul 10.00 WIB",
// "Triwulan II 2026", "12,5 JP". Never an ISO timestamp or an enum code.

const MONTHS: Readonly<Record<Language, readonly string[]>> = {
  id: [
    'Januari',
    'Februari',
    'Maret',
    'April',
    'Mei',
    'Juni',
    'Juli',
    'Agustus',
    'September',
    'Oktober',
    'November',
    'Desember',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

/** Indonesia's three zones by their usual names; another zone is shown by its IANA name. */
const ZONE_NAMES: Readonly<Record<string, string>> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

export const DEFAULT_TIME_ZONE = 'Asia/Jakarta';

interface CalendarParts {
  y: number;
  m: number;
  d: number;
  time: string | null;
}

// Building an Intl formatter costs far more than using one (a notice renders several dates):
// one per time zone and one per language, made on first use and kept.
const calendarFormats = new Map<string, Intl.DateTimeFormat>();

function calendarFormat(timeZone: string): Intl.DateTimeFormat {
  let f = calendarFormats.get(timeZone);
  if (!f) {
    // An unknown zone throws here, every time, as it did when the formatter was made per call.
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    calendarFormats.set(timeZone, f);
  }
  return f;
}

/** Calendar parts of an instant in a time zone; a plain `YYYY-MM-DD` date is taken as it is. */
function partsOf(value: string | Date, timeZone: string): CalendarParts {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [y, m, d] = value.split('-').map(Number);
    return { y, m, d, time: null };
  }
  const f = calendarFormat(timeZone);
  const at = typeof value === 'string' ? new Date(value) : value;
  const p = Object.fromEntries(f.formatToParts(at).map((x) => [x.type, x.value]));
  return { y: Number(p.year), m: Number(p.month), d: Number(p.day), time: `${p.hour}.${p.minute}` };
}

/** "14 Februari 2026" / "14 February 2026", the calendar day in the reader's zone. */
export function formatDate(
  value: string | Date,
  language: Language,
  timeZone = DEFAULT_TIME_ZONE,
): string {
  const { y, m, d } = partsOf(value, timeZone);
  return `${d} ${MONTHS[language][m - 1]} ${y}`;
}

/** "14 Februari 2026 pukul 10.00 WIB" / "14 February 2026, 10:00 WIB". */
export function formatDateTime(
  value: string | Date,
  language: Language,
  timeZone = DEFAULT_TIME_ZONE,
): string {
  const { y, m, d, time } = partsOf(value, timeZone);
  const date = `${d} ${MONTHS[language][m - 1]} ${y}`;
  if (!time) return date;
  const zone = ZONE_NAMES[timeZone] ?? timeZone;
  return language === 'id'
    ? `${date} pukul ${time} ${zone}`
    : `${date}, ${time.replace('.', ':')} ${zone}`;
}

/** The name of a month (1–12). */
export function monthName(month: number, language: Language): string {
  return MONTHS[language][month - 1] ?? String(month);
}

const ROMAN = ['I', 'II', 'III', 'IV'];

export interface PeriodLike {
  readonly kind: PeriodKind;
  readonly year: number;
  readonly index: number | null;
}

/** "Triwulan II 2026", "Semester I 2026", "Maret 2026", "Tahun 2025"; English "Q2 2026", "2025". */
export function formatPeriod(period: PeriodLike, language: Language): string {
  const { kind, year, index } = period;
  const id = language === 'id';
  switch (kind) {
    case 'TAHUNAN':
      return id ? `Tahun ${year}` : `${year}`;
    case 'TRIWULANAN':
      return id ? `Triwulan ${ROMAN[(index ?? 1) - 1]} ${year}` : `Q${index ?? 1} ${year}`;
    case 'SEMESTERAN':
      return id ? `Semester ${ROMAN[(index ?? 1) - 1]} ${year}` : `H${index ?? 1} ${year}`;
    case 'BULANAN':
      return `${monthName(index ?? 1, language)} ${year}`;
  }
}

const NUMBER_FORMATS = {
  id: new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }),
};

/** "12,5" in Bahasa Indonesia, "12.5" in English; thousands grouped ("1.250" / "1,250"). */
export function formatNumber(value: number, language: Language): string {
  return NUMBER_FORMATS[language === 'id' ? 'id' : 'en'].format(value);
}

/** "12,5 JP" / "12.5 JP". */
export function formatJp(value: number, language: Language): string {
  return `${formatNumber(value, language)} JP`;
}
