import {
  formatDate,
  formatDateTime,
  formatJp,
  formatNumber,
  formatPeriod,
} from '@jenjang/contracts';
import type { PeriodKind } from '@jenjang/contracts';
import {
  BERAKHLAK_LABELS,
  LEVEL_LABELS,
  PERIOD_KIND_LABELS,
  PREDIKAT_LABELS,
  RATING_LABELS,
  RATING_PHRASES,
  WAITING_KIND_LABELS,
  type Language,
} from './labels';

export interface RenderContext {
  language: Language;
  /** Base URL of the portal people open links in, e.g. `https://jenjang.jogjaprov.go.id`. */
  portalUrl: string;
  /** IANA time zone of the recipient, e.g. `Asia/Jakarta`. */
  timeZone: string;
  /**
   * Names of the people an event is about, by employee id, from the agency's recipient
   * directory: a superior reads "Rina Wulandari", not an id. Absent: the `person` filter says
   * "pegawai dengan ID …".
   */
  names?: Readonly<Record<string, string>>;
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
  (labels: Readonly<Record<string, Readonly<Record<Language, string>>>>) =>
  (value: unknown, ctx: RenderContext): string =>
    labels[String(value)]?.[ctx.language] ?? String(value);

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
  // Inside a sentence: "hasil kerja dinilai di atas ekspektasi".
  rating: { expects: 'a rating', accepts: enumWithin(RATING_LABELS), apply: label(RATING_PHRASES) },
  // As a name, e.g. after a colon: "Hasil kerja: Di Atas Ekspektasi".
  ratingName: {
    expects: 'a rating',
    accepts: enumWithin(RATING_LABELS),
    apply: label(RATING_LABELS),
  },
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
  waitingKind: {
    expects: 'why a record waits (SKP_NOT_APPROVED, APPRAISAL_NOT_FINAL, KEBERATAN_UNDECIDED)',
    accepts: enumWithin(WAITING_KIND_LABELS),
    apply: label(WAITING_KIND_LABELS),
  },
  date: {
    expects: 'a date or date-time',
    accepts: (s) => isString(s) && (s.format === 'date' || s.format === 'date-time'),
    apply: (v, ctx) => formatDate(String(v), ctx.language, ctx.timeZone),
  },
  datetime: {
    expects: 'a date-time',
    accepts: (s) => isString(s) && s.format === 'date-time',
    apply: (v, ctx) => formatDateTime(String(v), ctx.language, ctx.timeZone),
  },
  period: {
    expects: 'an appraisal period {kind, year, index}',
    accepts: (s) => {
      const props = (s.properties ?? {}) as Json;
      return 'kind' in props && 'year' in props && 'index' in props;
    },
    apply: (v, ctx) => {
      const p = v as { kind: PeriodKind; year: number; index: number | null };
      return formatPeriod(p, ctx.language);
    },
  },
  number: {
    expects: 'a number',
    accepts: (s) => typesOf(s).some((t) => t === 'number' || t === 'integer'),
    apply: (v, ctx) => formatNumber(Number(v), ctx.language),
  },
  jp: {
    expects: 'a number of JP',
    accepts: (s) => typesOf(s).some((t) => t === 'number' || t === 'integer'),
    apply: (v, ctx) => formatJp(Number(v), ctx.language),
  },
  text: {
    expects: 'a bilingual text {id, en}',
    accepts: (s) => {
      const props = (s.properties ?? {}) as Json;
      return 'id' in props && 'en' in props;
    },
    apply: (v, ctx) => scalar((v as Record<string, unknown>)[ctx.language]),
  },
  // An employee id as a person reads it: their name when the directory has it.
  person: {
    expects: 'an employee id',
    accepts: isString,
    apply: (v, ctx) => {
      const id = String(v);
      const name = ctx.names?.[id];
      if (name) return name;
      return ctx.language === 'id' ? `pegawai dengan ID ${id}` : `the employee with id ${id}`;
    },
  },
  url: {
    expects: 'a path such as /api/v1/…',
    accepts: isString,
    apply: (v, ctx) => `${ctx.portalUrl.replace(/\/$/, '')}${String(v)}`,
  },
};
