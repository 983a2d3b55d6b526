import {
  BERAKHLAK_VALUES,
  PERIOD_KINDS,
  POSITION_GROUPS,
  PREDIKAT,
  RATINGS,
} from '../events/evaluation-vocabulary';
import { CAREER_MOVES, TALENT_LEVELS } from '../events/career-vocabulary';
import { WAITING_KINDS } from '../events/work-waiting/work-waiting.v1';
import { formatDate, formatDateTime, formatJp, formatNumber, formatPeriod } from './format';
import {
  BERAKHLAK_LABELS,
  CAREER_MOVE_LABELS,
  ORGANISATION_PREDIKAT,
  ORGANISATION_PREDIKAT_LABELS,
  PERIOD_KIND_LABELS,
  POSITION_GROUP_LABELS,
  PREDIKAT_LABELS,
  RATING_LABELS,
  RATING_PHRASES,
  TALENT_LEVEL_LABELS,
  WAITING_KIND_LABELS,
} from './labels';
import { unreadableFragment } from './readability';

describe('labels', () => {
  it.each([
    ['predikat', PREDIKAT, PREDIKAT_LABELS],
    ['rating', RATINGS, RATING_LABELS],
    ['rating phrase', RATINGS, RATING_PHRASES],
    ['BerAKHLAK', BERAKHLAK_VALUES, BERAKHLAK_LABELS],
    ['period kind', PERIOD_KINDS, PERIOD_KIND_LABELS],
    ['position group', POSITION_GROUPS, POSITION_GROUP_LABELS],
    ['talent level', TALENT_LEVELS, TALENT_LEVEL_LABELS],
    ['career move', CAREER_MOVES, CAREER_MOVE_LABELS],
    ['organisation predikat', ORGANISATION_PREDIKAT, ORGANISATION_PREDIKAT_LABELS],
    ['waiting kind', WAITING_KINDS, WAITING_KIND_LABELS],
  ] as const)('should name every %s readably in both languages', (_n, values, labels) => {
    for (const v of values) {
      const l = (labels as Record<string, { id: string; en: string }>)[v];
      expect(l.id.length).toBeGreaterThan(0);
      expect(l.en.length).toBeGreaterThan(0);
      expect(unreadableFragment(`${l.id} ${l.en}`)).toBeNull();
    }
  });

  it('should use the words of PermenPANRB 6/2022 for the predikat', () => {
    expect(PREDIKAT_LABELS.SANGAT_BAIK).toEqual({ id: 'Sangat Baik', en: 'Outstanding' });
    expect(PREDIKAT_LABELS.KURANG_MISCONDUCT.id).toBe('Kurang/Misconduct');
  });
});

describe('format', () => {
  it('should give date and time in the reader zone when the instant is UTC', () => {
    expect(formatDateTime('2026-02-14T03:00:00Z', 'id', 'Asia/Jakarta')).toBe(
      '14 Februari 2026 pukul 10.00 WIB',
    );
    expect(formatDateTime('2026-02-14T03:00:00Z', 'id', 'Asia/Jayapura')).toBe(
      '14 Februari 2026 pukul 12.00 WIT',
    );
    expect(formatDateTime('2026-02-14T03:00:00Z', 'en', 'Asia/Makassar')).toBe(
      '14 February 2026, 11:00 WITA',
    );
  });

  it('should keep a plain date as it is when it has no time', () => {
    expect(formatDate('2026-12-31', 'id', 'Asia/Jayapura')).toBe('31 Desember 2026');
    expect(formatDate('2026-01-26T23:59:59+07:00', 'en')).toBe('26 January 2026');
  });

  it.each([
    [{ kind: 'TRIWULANAN', year: 2026, index: 2 }, 'Triwulan II 2026', 'Q2 2026'],
    [{ kind: 'SEMESTERAN', year: 2026, index: 1 }, 'Semester I 2026', 'H1 2026'],
    [{ kind: 'BULANAN', year: 2026, index: 3 }, 'Maret 2026', 'March 2026'],
    [{ kind: 'TAHUNAN', year: 2025, index: null }, 'Tahun 2025', '2025'],
  ] as const)('should name the period %j', (period, id, en) => {
    expect(formatPeriod(period, 'id')).toBe(id);
    expect(formatPeriod(period, 'en')).toBe(en);
  });

  it('should write numbers the Indonesian way when the language is id', () => {
    expect(formatJp(12.5, 'id')).toBe('12,5 JP');
    expect(formatJp(12.5, 'en')).toBe('12.5 JP');
    expect(formatNumber(1250, 'id')).toBe('1.250');
  });
});

describe(unreadableFragment.name, () => {
  it.each([
    ['Predikat SANGAT_BAIK', 'SANGAT_BAIK'],
    ['pendaftaran berstatus PENDING_APPROVAL', 'PENDING_APPROVAL'],
    ['pada penilaian TAHUNAN 2025', 'TAHUNAN'],
    ['batas 2026-01-26T23:59:59+07:00', '2026-01-26T23:59:59+07:00'],
    ['tanggal 2026-01-26', '2026-01-26'],
  ])('should find the code in %j', (text, fragment) => {
    expect(unreadableFragment(text)).toBe(fragment);
  });

  it('should pass a text a civil servant reads when it has only words and acronyms', () => {
    expect(
      unreadableFragment('Batas keberatan 14 Februari 2026 pukul 10.00 WIB; 12,5 JP; SKP dan PNS.'),
    ).toBeNull();
  });
});
