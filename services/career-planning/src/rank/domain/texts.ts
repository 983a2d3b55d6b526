import type { BilingualText } from '../../plan/domain/readiness';
import { formatDate, PREDIKAT_LABELS, type Predikat } from '@jenjang/contracts';
import { nextGolongan, pangkatName, type Golongan } from './golongan';

// How dates, predikat and durations read in a reason (never an enum code or an ISO date).

/** "1 April 2027" / "1 April 2027" from YYYY-MM-DD (the contracts' date format). */
export function dateText(date: string): BilingualText {
  return { id: formatDate(date, 'id'), en: formatDate(date, 'en') };
}

export const predikatText = (p: string): BilingualText =>
  PREDIKAT_LABELS[p as Predikat] ?? { id: p, en: p };

/** "4 tahun 2 bulan" / "4 years 2 months". */
export function durationText(months: number): BilingualText {
  const y = Math.floor(months / 12);
  const m = months % 12;
  const id = [y ? `${y} tahun` : '', m ? `${m} bulan` : ''].filter(Boolean).join(' ') || '0 bulan';
  const en =
    [y ? `${y} year${y === 1 ? '' : 's'}` : '', m ? `${m} month${m === 1 ? '' : 's'}` : '']
      .filter(Boolean)
      .join(' ') || '0 months';
  return { id, en };
}

export const rankText = (g: Golongan | null): string => (g ? pangkatName(g) : '-');
export const nextRankText = (g: Golongan): string => {
  const next = nextGolongan(g);
  return next ? pangkatName(next) : '-';
};

/** "1,5" / "1.5" */
export const numberText = (n: number): BilingualText => ({
  id: String(n).replace('.', ','),
  en: String(n),
});
