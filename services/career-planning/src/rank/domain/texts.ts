import type { BilingualText } from '../../plan/domain/readiness';
import { nextGolongan, pangkatName, type Golongan } from './golongan';

// How dates, predikat and durations read in a reason (never an enum code or an ISO date).

const MONTHS = {
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
} as const;

/** "1 April 2027" / "1 April 2027" from YYYY-MM-DD. */
export function dateText(date: string): BilingualText {
  const [y, m, d] = date.split('-').map(Number);
  return { id: `${d} ${MONTHS.id[m - 1]} ${y}`, en: `${d} ${MONTHS.en[m - 1]} ${y}` };
}

export const PREDIKAT_TEXT: Record<string, BilingualText> = {
  SANGAT_BAIK: { id: 'Sangat Baik', en: 'Outstanding' },
  BAIK: { id: 'Baik', en: 'Good' },
  BUTUH_PERBAIKAN: { id: 'Butuh Perbaikan', en: 'Needs improvement' },
  KURANG_MISCONDUCT: { id: 'Kurang/Misconduct', en: 'Poor/Misconduct' },
  SANGAT_KURANG: { id: 'Sangat Kurang', en: 'Very poor' },
};

export const predikatText = (p: string): BilingualText => PREDIKAT_TEXT[p] ?? { id: p, en: p };

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
