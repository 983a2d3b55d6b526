import { nextGolongan, pangkatName, parseGolongan, stepOf } from './golongan';

describe(parseGolongan.name, () => {
  it.each([
    ['III/b', 'III/b'],
    ['iii-B', 'III/b'],
    ['IVe', 'IV/e'],
    ['II.a', 'II/a'],
    ['32', 'III/b'],
    ['45', 'IV/e'],
    ['Penata Muda Tingkat I', 'III/b'],
  ])('should read %s as %s', (raw, code) => {
    expect(parseGolongan(raw)).toBe(code);
  });

  it.each(['', 'V/a', 'III/f', 'I/e', '15', '50', 'Penata Besar'])('should refuse %p', (raw) => {
    expect(parseGolongan(raw)).toBeNull();
  });
});

describe(nextGolongan.name, () => {
  it('should step within and across golongan and stop at IV/e', () => {
    expect(nextGolongan('III/d')).toBe('IV/a');
    expect(nextGolongan('II/a')).toBe('II/b');
    expect(nextGolongan('IV/e')).toBeNull();
    expect(stepOf('IV/e')).toBe(16);
    expect(pangkatName('IV/a')).toBe('Pembina (IV/a)');
  });
});
