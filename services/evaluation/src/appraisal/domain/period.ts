import { PERIOD_KIND_LABELS, PERIOD_KINDS, type PeriodKind } from '@jenjang/contracts';
import { DomainError } from '@jenjang/domain-kernel';

/** BULANAN (monthly), TRIWULANAN (quarterly), SEMESTERAN (half-yearly) or TAHUNAN (annual). */
export { PERIOD_KINDS, type PeriodKind };

export interface Period {
  readonly kind: PeriodKind;
  readonly year: number;
  /** Month 1–12, quarter 1–4 or semester 1–2; null for the annual period. */
  readonly index: number | null;
  /** ISO dates, both inclusive. */
  readonly startDate: string;
  readonly endDate: string;
}

const MONTHS_PER: Readonly<Record<PeriodKind, number>> = {
  BULANAN: 1,
  TRIWULANAN: 3,
  SEMESTERAN: 6,
  TAHUNAN: 12,
};

export class InvalidPeriodError extends DomainError {
  readonly code = 'PERIOD_INVALID';
  constructor(kind: PeriodKind, index: number | null) {
    const max = 12 / MONTHS_PER[kind];
    super(
      kind === 'TAHUNAN'
        ? {
            en: 'The annual period has no index.',
            id: 'Periode tahunan tidak memiliki nomor periode.',
          }
        : {
            en: `A ${PERIOD_KIND_LABELS[kind].en} period needs an index from 1 to ${max}, got ${String(index)}.`,
            id: `Periode ${PERIOD_KIND_LABELS[kind].id} memerlukan nomor periode 1 sampai ${max}, bukan ${String(index)}.`,
          },
      { status: 422, field: 'period.index' },
    );
  }
}

const iso = (d: Date): string => d.toISOString().slice(0, 10);

/** The calendar span of a period of a year. */
export function periodOf(kind: PeriodKind, year: number, index: number | null): Period {
  const months = MONTHS_PER[kind];
  const count = 12 / months;
  if (
    kind === 'TAHUNAN'
      ? index !== null
      : index === null || !Number.isInteger(index) || index < 1 || index > count
  ) {
    throw new InvalidPeriodError(kind, index);
  }
  const first = kind === 'TAHUNAN' ? 0 : ((index as number) - 1) * months;
  const start = new Date(Date.UTC(year, first, 1));
  const end = new Date(Date.UTC(year, first + months, 0));
  return {
    kind,
    year,
    index: kind === 'TAHUNAN' ? null : index,
    startDate: iso(start),
    endDate: iso(end),
  };
}
