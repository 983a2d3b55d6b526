import { completePerilaku, skpContentErrors } from './skp-content';

const utama = [{ kind: 'UTAMA' as const }];

describe('skpContentErrors', () => {
  it('should accept a plan with a main work result and another person as penilai', () => {
    expect(skpContentErrors({ penilaiId: 'P', hasilKerja: utama }, 'E')).toEqual([]);
  });

  it('should name every broken rule when the plan has several faults', () => {
    const errors = skpContentErrors(
      {
        penilaiId: 'E',
        hasilKerja: [{ kind: 'TAMBAHAN' }],
        perilaku: [{ value: 'LOYAL' }, { value: 'LOYAL' }],
      },
      'E',
    );
    expect(errors.map((e) => e.field)).toEqual(['penilaiId', 'hasilKerja', 'perilaku[1].value']);
    expect(errors[1].message.id).toBe(
      'SKP memerlukan paling sedikit satu hasil kerja utama (UTAMA).',
    );
  });
});

describe('completePerilaku', () => {
  it('should list the seven values and keep the expectations given', () => {
    const perilaku = completePerilaku([
      { value: 'ADAPTIF', ekspektasiKhusus: 'Cepat belajar SRIKANDI' },
    ]);
    expect(perilaku).toHaveLength(7);
    expect(perilaku.find((p) => p.value === 'ADAPTIF')).toEqual({
      value: 'ADAPTIF',
      ekspektasiKhusus: 'Cepat belajar SRIKANDI',
    });
    expect(perilaku.find((p) => p.value === 'LOYAL')).toEqual({ value: 'LOYAL' });
  });
});
