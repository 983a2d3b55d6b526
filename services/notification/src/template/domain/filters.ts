import {
  BERAKHLAK_LABELS,
  LEVEL_LABELS,
  PERIOD_KIND_LABELS,
  PREDIKAT_LABELS,
  RATING_LABELS,
  type Language,
} from './labels';

export interface RenderContext {
  language: Language;
  /** Base URL of the portal people open links in, e.g. `https://jenjang.jogjaprov.go.id`. */
  portalUrl: string;
  /** IANA time zone of the recipient, e.g. `Asia/Jakarta`. */
  timeZone: string;
}

type Json = Record<string, unknown>;

/** What a filter accepts, checked against the field's JSON schema when a template is saved. */
export interface Filter {
  accepts(schema: Json): boolean;
  apply(value: unknown, ctx: RenderContext): string;
  expects: string;
}

const typesOf = (s: Json): string[] =>
  Array.isArray(s.type) ? (s.type as string[]) : [String(s.type)];
const enumWithin = (labels: Record<string, unknown>) => (s: Json) =>
  Array.isArray(s.enum) && (s.enum as string[]).every((v) => v in labels);
const label =
  (labels: Record<string, Record<Language, string>>) =>
  (value: unknown, ctx: RenderContext): string =>
    labels[String(value)]?.[ctx.language] ?? String(value);

const MONTHS: Record<Language, string[]> = {
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
const ZONE_NAMES: Record<string, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

/** Calendar parts of an instant in a time zone (a plain `YYYY-MM-DD` date is taken as is). */
function partsOf(value: string, timeZone: string) {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [y, m, d] = value.split('-').map(Number);
    return { y, m, d, time: null };
  }
  const f = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const p = Object.fromEntries(f.formatToParts(new Date(value)).map((x) => [x.type, x.value]));
  return { y: Number(p.year), m: Number(p.month), d: Number(p.day), time: `${p.hour}.${p.minute}` };
}

function formatDate(value: unknown, ctx: RenderContext, withTime: boolean): string {
  const { y, m, d, time } = partsOf(String(value), ctx.timeZone);
  const date =
    ctx.language === 'id' ? `${d} ${MONTHS.id[m - 1]} ${y}` : `${d} ${MONTHS.en[m - 1]} ${y}`;
  if (!withTime || !time) return date;
  const zone = ZONE_NAMES[ctx.timeZone] ?? ctx.timeZone;
  return ctx.language === 'id'
    ? `${date} pukul ${time} ${zone}`
    : `${date}, ${time.replace('.', ':')} ${zone}`;
}

/** A scalar as text; objects and lists render as nothing rather than `[object Object]`. */
export const scalar = (v: unknown): string =>
  typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';

const isString = (s: Json) => typesOf(s).includes('string');

export const FILTERS: Record<string, Filter> = {
  predikat: {
    expects: 'a predikat',
    accepts: enumWithin(PREDIKAT_LABELS),
    apply: label(PREDIKAT_LABELS),
  },
  rating: { expects: 'a rating', accepts: enumWithin(RATING_LABELS), apply: label(RATING_LABELS) },
  berakhlak: {
    expects: 'a BerAKHLAK value',
    accepts: enumWithin(BERAKHLAK_LABELS),
    apply: label(BERAKHLAK_LABELS),
  },
  periodKind: {
    expects: 'a period kind',
    accepts: enumWithin(PERIOD_KIND_LABELS),
    apply: label(PERIOD_KIND_LABELS),
  },
  level: {
    expects: 'LOW, MEDIUM or HIGH',
    accepts: enumWithin(LEVEL_LABELS),
    apply: label(LEVEL_LABELS),
  },
  date: {
    expects: 'a date or date-time',
    accepts: (s) => isString(s) && (s.format === 'date' || s.format === 'date-time'),
    apply: (v, ctx) => formatDate(v, ctx, false),
  },
  datetime: {
    expects: 'a date-time',
    accepts: (s) => isString(s) && s.format === 'date-time',
    apply: (v, ctx) => formatDate(v, ctx, true),
  },
  text: {
    expects: 'a bilingual text {id, en}',
    accepts: (s) => {
      const props = (s.properties ?? {}) as Json;
      return 'id' in props && 'en' in props;
    },
    apply: (v, ctx) => scalar((v as Record<string, unknown>)[ctx.language]),
  },
  url: {
    expects: 'a path such as /api/v1/…',
    accepts: isString,
    apply: (v, ctx) => `${ctx.portalUrl.replace(/\/$/, '')}${String(v)}`,
  },
};
