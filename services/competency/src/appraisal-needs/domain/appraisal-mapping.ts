import { BERAKHLAK_VALUES, type BerakhlakValue } from '@jenjang/contracts';
import { DomainError, type BilingualText, type FieldError } from '@jenjang/domain-kernel';
import { NATIONAL_COMPETENCY_CODES as C } from '../../dictionary/domain/national-dictionary';

/** One rule: which competencies a weak rating points to, and why (shown to the admin). */
export interface MappingRule {
  readonly competencyCodes: readonly string[];
  readonly rationale: BilingualText;
}

/**
 * From weak appraisal ratings to competencies to develop; data an admin of the agency can change.
 * - `perilaku`: per BerAKHLAK value rated DI_BAWAH_EKSPEKTASI;
 * - `perilakuKerjaOverall`: perilaku kerja rated below expectations with no value rated below;
 * - `hasilKerja`: hasil kerja (work results) rated below expectations.
 */
export interface AppraisalCompetencyMapping {
  readonly perilaku: Readonly<Record<BerakhlakValue, MappingRule>>;
  readonly perilakuKerjaOverall: MappingRule;
  readonly hasilKerja: MappingRule;
}

const rule = (codes: string[], en: string, id: string): MappingRule => ({
  competencyCodes: codes,
  rationale: { en, id },
});

// Our default: each BerAKHLAK value to the managerial (or socio-cultural) competency of
// PermenPANRB 38/2017 whose level descriptions are closest to the value's behaviour guides.
export const DEFAULT_APPRAISAL_MAPPING: AppraisalCompetencyMapping = {
  perilaku: {
    BERORIENTASI_PELAYANAN: rule(
      [C.PELAYANAN_PUBLIK],
      'Serving the public is the Public Service competency itself.',
      'Melayani masyarakat adalah inti kompetensi Pelayanan Publik.',
    ),
    AKUNTABEL: rule(
      [C.INTEGRITAS],
      'Being accountable (honest, responsible, careful with state resources) is Integrity in practice.',
      'Akuntabel (jujur, bertanggung jawab, cermat memakai sumber daya negara) adalah wujud Integritas.',
    ),
    KOMPETEN: rule(
      [C.PENGEMBANGAN_DIRI_DAN_ORANG_LAIN],
      'Kompeten asks to keep learning and to help others learn: Developing Self and Others.',
      'Kompeten menuntut terus belajar dan membantu orang lain belajar: Pengembangan Diri dan Orang Lain.',
    ),
    HARMONIS: rule(
      [C.PEREKAT_BANGSA],
      'Respecting everyone whatever their background is the core of National Cohesion.',
      'Menghargai setiap orang apa pun latar belakangnya adalah inti Perekat Bangsa.',
    ),
    LOYAL: rule(
      [C.INTEGRITAS],
      'Loyalty to Pancasila, the constitution and the state, and keeping its secrets, rest on Integrity.',
      'Setia kepada Pancasila, UUD 1945 dan negara, serta menjaga rahasia jabatan, bertumpu pada Integritas.',
    ),
    ADAPTIF: rule(
      [C.MENGELOLA_PERUBAHAN],
      'Adapting to change and innovating is Managing Change.',
      'Menyesuaikan diri dengan perubahan dan berinovasi adalah Mengelola Perubahan.',
    ),
    KOLABORATIF: rule(
      [C.KERJA_SAMA],
      'Working together across units is Teamwork.',
      'Bekerja sama lintas unit adalah Kerja Sama.',
    ),
  },
  // Without a weak value named, the closest single competency to behaviour as a whole is
  // Integritas (acting by the organisation's values, norms and ethics).
  perilakuKerjaOverall: rule(
    [C.INTEGRITAS],
    'Behaviour rated below expectations without a value named: Integrity covers acting by the organisation values as a whole.',
    'Perilaku kerja di bawah ekspektasi tanpa rincian nilai: Integritas mencakup bertindak sesuai nilai organisasi secara menyeluruh.',
  ),
  hasilKerja: rule(
    [C.ORIENTASI_PADA_HASIL],
    'Work results below expectations point to Results Orientation (meeting and raising work standards).',
    'Hasil kerja di bawah ekspektasi menunjuk ke Orientasi pada Hasil (memenuhi dan meningkatkan standar kerja).',
  ),
};

/** Everything wrong with a mapping an admin submits; empty when valid. */
export function mappingErrors(
  mapping: AppraisalCompetencyMapping,
  knownCodes: ReadonlySet<string>,
): FieldError[] {
  const rules: [string, MappingRule | undefined][] = [
    ...BERAKHLAK_VALUES.map((v): [string, MappingRule | undefined] => [
      `perilaku.${v}`,
      (mapping.perilaku as Partial<Record<BerakhlakValue, MappingRule>>)[v],
    ]),
    ['perilakuKerjaOverall', mapping.perilakuKerjaOverall],
    ['hasilKerja', mapping.hasilKerja],
  ];
  return rules.flatMap(([field, r]): FieldError[] => {
    if (r === undefined) {
      return [{ field, message: { en: 'A rule is required.', id: 'Aturan wajib diisi.' } }];
    }
    return r.competencyCodes
      .filter((code) => !knownCodes.has(code))
      .map((code) => ({
        field: `${field}.competencyCodes`,
        message: { en: `Unknown competency ${code}.`, id: `Kompetensi ${code} tidak dikenal.` },
      }));
  });
}

export class InvalidAppraisalMappingError extends DomainError {
  readonly code = 'INVALID_APPRAISAL_MAPPING';
  constructor(override readonly fieldErrors: readonly FieldError[]) {
    super(
      {
        en: `The appraisal-to-competency mapping has ${fieldErrors.length} invalid field(s).`,
        id: `Pemetaan penilaian kinerja ke kompetensi memiliki ${fieldErrors.length} isian yang tidak valid.`,
      },
      { status: 422, field: fieldErrors[0]?.field },
    );
  }
}
