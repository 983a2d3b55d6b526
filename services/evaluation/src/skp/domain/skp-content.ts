import { DomainError, type FieldError } from '@jenjang/domain-kernel';
import { BERAKHLAK_VALUES, type BerakhlakValue } from '../../shared/domain/rating';

/** What the rules look at in an SKP's content (the API's and the import's shapes both fit). */
export interface SkpContentInput {
  readonly penilaiId: string;
  readonly hasilKerja: readonly { readonly kind: 'UTAMA' | 'TAMBAHAN' }[];
  readonly perilaku?: readonly {
    readonly value: BerakhlakValue;
    readonly ekspektasiKhusus?: string;
  }[];
}

export interface PerilakuExpectation {
  readonly value: BerakhlakValue;
  /** Ekspektasi khusus pimpinan: the leader's specific expectation for this value. */
  readonly ekspektasiKhusus?: string;
}

export class InvalidSkpContentError extends DomainError {
  readonly code = 'SKP_CONTENT_INVALID';
  constructor(override readonly fieldErrors: readonly FieldError[]) {
    super(
      {
        en: fieldErrors.map((e) => e.message.en).join(' '),
        id: fieldErrors.map((e) => e.message.id).join(' '),
      },
      { status: 422, field: fieldErrors[0]?.field },
    );
  }
}

/** Everything wrong with an SKP's content, for the pegawai who owns it. */
export function skpContentErrors(content: SkpContentInput, pegawaiId: string): FieldError[] {
  const errors: FieldError[] = [];
  if (content.penilaiId === pegawaiId) {
    errors.push({
      field: 'penilaiId',
      message: {
        en: 'The appraiser must be someone else than the employee.',
        id: 'Pejabat penilai harus orang lain, bukan pegawai yang bersangkutan.',
      },
    });
  }
  if (!content.hasilKerja.some((h) => h.kind === 'UTAMA')) {
    errors.push({
      field: 'hasilKerja',
      message: {
        en: 'An SKP needs at least one main work result (UTAMA).',
        id: 'SKP memerlukan paling sedikit satu hasil kerja utama (UTAMA).',
      },
    });
  }
  const seen = new Set<string>();
  (content.perilaku ?? []).forEach((p, i) => {
    if (seen.has(p.value)) {
      errors.push({
        field: `perilaku[${i}].value`,
        message: {
          en: `The core value ${p.value} appears twice.`,
          id: `Nilai dasar ${p.value} tercantum dua kali.`,
        },
      });
    }
    seen.add(p.value);
  });
  return errors;
}

/** All seven BerAKHLAK values are always part of perilaku kerja; missing ones get no expectation. */
export function completePerilaku(given: SkpContentInput['perilaku'] = []): PerilakuExpectation[] {
  const byValue = new Map(given.map((p) => [p.value, p]));
  return BERAKHLAK_VALUES.map((value) => {
    const expectation = byValue.get(value)?.ekspektasiKhusus;
    return expectation ? { value, ekspektasiKhusus: expectation } : { value };
  });
}
