// The admin reports as tables: pure transforms of the services' report answers into rows, a
// chart's series and CSV. The screen (AdminReports) fetches, this file shapes.
import type { TFunction } from 'i18next';
import { PREDIKATS } from '../domain/predikat';
import type { DistributionReport } from '../types';

export const REPORT_KINDS = ['predikat', 'jp', 'nineBox', 'effectiveness', 'delivery'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export type Cell = string | number | null;

export interface ReportTable {
  /** Machine column names: the CSV header. */
  keys: string[];
  /** Column titles in the reader's language. */
  titles: string[];
  rows: Cell[][];
  /** How a column's codes read on screen (the CSV keeps the codes). */
  display?: Record<string, (value: Cell) => string>;
  chart: { categories: string[]; series: { label: string; data: number[] }[] };
}

/** training: agencies/{agencyId}/reports/jp-fulfilment */
export interface UnitFulfilment {
  unitId: string;
  people: number;
  met: number;
  metPercent: number;
  behind: unknown[];
}
/** career-planning: agencies/{agencyId}/reports/nine-box */
export interface NineBoxUnit {
  unitId: string;
  total: number;
  boxes: number[];
  unplaced: number;
}
/** training: agencies/{agencyId}/reports/program-effectiveness */
export interface ProgramEffectiveness {
  programId: string;
  programTitle: string;
  completions: number;
  level3: {
    improved: number;
    same: number;
    worse: number;
    pending: number;
    noBaseline: number;
    meanChange: number | null;
  };
  level1: { meanSatisfaction: number | null };
  level2: { meanScore: number | null };
}
/** notification: agencies/{agencyId}/notification-report */
export interface DeliveryReport {
  lines: {
    type: string;
    channel: string;
    delivered: number;
    pending: number;
    failed: number;
    failures: { reason: string; count: number }[];
  }[];
}

const round2 = (n: number | null) => (n === null ? null : Math.round(n * 100) / 100);

export function predikatTable(report: DistributionReport, t: TFunction): ReportTable {
  const units = report.units;
  return {
    keys: ['unit_id', 'unit_size', 'with_predikat', ...PREDIKATS.map((p) => p), 'curve_status'],
    titles: [
      t('reports.unit'),
      t('reports.people'),
      t('reports.withPredikat'),
      ...PREDIKATS.map((p) => t(`predikat.${p}`)),
      t('admin.curve'),
    ],
    rows: units.map((u) => [
      u.unitId,
      u.unitSize,
      u.withPredikat,
      ...PREDIKATS.map((p) => u.distribution.find((d) => d.predikat === p)?.count ?? 0),
      u.curveStatus,
    ]),
    display: { curve_status: (v) => t(`admin.curveStatus.${String(v)}`) },
    chart: {
      categories: units.map((u) => u.unitId),
      series: PREDIKATS.map((p) => ({
        label: t(`predikat.${p}`),
        data: units.map((u) => u.distribution.find((d) => d.predikat === p)?.count ?? 0),
      })),
    },
  };
}

export function jpTable(units: UnitFulfilment[], t: TFunction): ReportTable {
  return {
    keys: ['unit_id', 'people', 'met', 'met_percent', 'behind'],
    titles: [
      t('reports.unit'),
      t('reports.people'),
      t('reports.met'),
      t('reports.metPercent'),
      t('reports.behind'),
    ],
    rows: units.map((u) => [u.unitId, u.people, u.met, u.metPercent, u.people - u.met]),
    chart: {
      categories: units.map((u) => u.unitId),
      series: [
        { label: t('reports.met'), data: units.map((u) => u.met) },
        { label: t('reports.behind'), data: units.map((u) => u.people - u.met) },
      ],
    },
  };
}

const BOXES = [1, 2, 3, 4, 5, 6, 7, 8, 9];

export function nineBoxTable(units: NineBoxUnit[], t: TFunction): ReportTable {
  return {
    keys: ['unit_id', 'total', ...BOXES.map((b) => `box_${b}`), 'unplaced'],
    titles: [
      t('reports.unit'),
      t('reports.total'),
      ...BOXES.map((b) => t('reports.box', { box: b })),
      t('reports.unplaced'),
    ],
    rows: units.map((u) => [
      u.unitId,
      u.total,
      ...BOXES.map((b) => u.boxes[b - 1] ?? 0),
      u.unplaced,
    ]),
    chart: {
      categories: units.map((u) => u.unitId),
      series: BOXES.map((b) => ({
        label: t('reports.box', { box: b }),
        data: units.map((u) => u.boxes[b - 1] ?? 0),
      })),
    },
  };
}

export function effectivenessTable(programs: ProgramEffectiveness[], t: TFunction): ReportTable {
  return {
    keys: [
      'program_id',
      'program_title',
      'completions',
      'improved',
      'same',
      'worse',
      'pending',
      'mean_change',
      'mean_satisfaction',
      'mean_score',
    ],
    titles: [
      'ID',
      t('reports.program'),
      t('reports.completions'),
      t('reports.improved'),
      t('reports.same'),
      t('reports.worse'),
      t('reports.pending'),
      t('reports.meanChange'),
      t('reports.meanSatisfaction'),
      t('reports.meanScore'),
    ],
    rows: programs.map((p) => [
      p.programId,
      p.programTitle,
      p.completions,
      p.level3.improved,
      p.level3.same,
      p.level3.worse,
      p.level3.pending + p.level3.noBaseline,
      round2(p.level3.meanChange),
      round2(p.level1.meanSatisfaction),
      round2(p.level2.meanScore),
    ]),
    chart: {
      categories: programs.map((p) => p.programTitle),
      series: (['improved', 'same', 'worse'] as const).map((k) => ({
        label: t(`reports.${k}`),
        data: programs.map((p) => p.level3[k]),
      })),
    },
  };
}

export function deliveryTable(report: DeliveryReport, t: TFunction): ReportTable {
  const lines = report.lines;
  return {
    keys: ['type', 'channel', 'delivered', 'pending', 'failed', 'failure_reasons'],
    titles: [
      t('reports.type'),
      t('reports.channel'),
      t('reports.delivered'),
      t('reports.pending'),
      t('reports.failed'),
      t('reports.reasons'),
    ],
    rows: lines.map((l) => [
      l.type,
      l.channel,
      l.delivered,
      l.pending,
      l.failed,
      l.failures.map((f) => `${f.reason} (${f.count})`).join('; '),
    ]),
    chart: {
      categories: lines.map((l) => `${l.type} · ${l.channel}`),
      series: (['delivered', 'pending', 'failed'] as const).map((k) => ({
        label: t(`reports.${k}`),
        data: lines.map((l) => l[k]),
      })),
    },
  };
}

// RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled. A leading
// =, +, - or @ is prefixed with ' so a spreadsheet does not run it as a formula.
function csvField(value: Cell): string {
  if (value === null) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** The table as CSV with its machine column names, one line per row. */
export function tableCsv(table: ReportTable): string {
  return `${[table.keys, ...table.rows].map((r) => r.map(csvField).join(',')).join('\n')}\n`;
}

/** A cell of the spreadsheet: a header in bold, a number as a number. */
export type SheetCell = { value: string | number; fontWeight?: 'bold' } | null;

/** The table as one spreadsheet: titles in the reader's language, codes as they read on screen. */
export function tableSheet(table: ReportTable): SheetCell[][] {
  const header = table.titles.map((title) => ({ value: title, fontWeight: 'bold' as const }));
  const rows = table.rows.map((row) =>
    row.map((cell, i) => {
      if (cell === null) return null;
      const shown = table.display?.[table.keys[i]]?.(cell) ?? cell;
      return { value: shown };
    }),
  );
  return [header, ...rows];
}
