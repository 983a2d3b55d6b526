import { BERAKHLAK_VALUES, PREDIKAT, unreadableFragment } from '@jenjang/contracts';
import { reasons } from './texts';

// Every reason a person reads, with sample data: no enum code, no ISO date (issue 15, item 7).
const samples = [
  reasons.developsTo('Kerja Sama', 3),
  reasons.developsPartly('Kerja Sama', 2, 3),
  ...BERAKHLAK_VALUES.map((v) => reasons.weakValue(v)),
  reasons.weakHasilKerja(),
  ...PREDIKAT.map((p) => reasons.remedial(p)),
  reasons.development('Kepala Seksi Pelayanan'),
  reasons.development(null),
  reasons.startsOn(new Date('2026-02-13T20:00:00Z')),
  reasons.selfPaced(),
  reasons.jp(12.5, 7.5, 20, 2026),
];

describe('recommendation reasons', () => {
  it.each(samples.map((s) => [s.id, s]))('should read well: %s', (_id, text) => {
    expect(unreadableFragment(text.id)).toBeNull();
    expect(unreadableFragment(text.en)).toBeNull();
  });

  it('should write JP and dates the Indonesian way', () => {
    expect(reasons.jp(12.5, 7.5, 20, 2026).id).toBe(
      'Menambah 12,5 JP; Anda masih kurang 7,5 JP dari 20 JP tahun 2026.',
    );
    // 03.00 WIB on the 14th, although still the 13th in UTC.
    expect(reasons.startsOn(new Date('2026-02-13T20:00:00Z')).id).toBe(
      'Angkatan berikutnya dimulai 14 Februari 2026.',
    );
  });
});
