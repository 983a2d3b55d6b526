import {
  BERAKHLAK_LABELS,
  BERAKHLAK_VALUES,
  formatPeriod,
  type AppraisalFinalizedV1,
  type AppraisalPeriod,
  type BerakhlakValue,
} from '@jenjang/contracts';
import type { BilingualText } from '@jenjang/domain-kernel';
import { DEFAULT_APPRAISAL_MAPPING, type AppraisalCompetencyMapping } from './appraisal-mapping';

// The names of the BerAKHLAK values come from @jenjang/contracts (one place for labels).
export { BERAKHLAK_LABELS };

/** What in the appraisal pointed to the competency. */
export type NeedOrigin =
  | { readonly kind: 'HASIL_KERJA' }
  | { readonly kind: 'NILAI'; readonly value: BerakhlakValue }
  | { readonly kind: 'PERILAKU_KERJA' };

export interface NeedReason {
  readonly origin: NeedOrigin;
  readonly text: BilingualText;
}

/** A competency to develop because of an appraisal, with every reason that points to it. */
export interface AppraisalNeed {
  readonly code: string;
  readonly reasons: readonly NeedReason[];
}

export type AppraisalForNeeds = Pick<
  AppraisalFinalizedV1,
  'period' | 'ratingHasilKerja' | 'ratingPerilakuKerja' | 'predikat' | 'perilaku'
>;

/**
 * Development needs from a final appraisal (the `appraisal-finalized.v1` payload):
 * - each BerAKHLAK value rated DI_BAWAH_EKSPEKTASI in `perilaku` → the competencies its rule maps to;
 * - perilaku kerja rated below expectations while no value is rated below (e.g. `perilaku` empty)
 *   → the `perilakuKerjaOverall` rule;
 * - hasil kerja rated below expectations → the `hasilKerja` rule.
 * Ratings SESUAI or DI_ATAS give nothing, and a predikat SANGAT_BAIK gives nothing at all: growth
 * toward a target position is the gap analysis' job, not a remedy. Several reasons for the same
 * competency make one need; needs with more reasons come first, then in the order hasil kerja,
 * the values in BerAKHLAK order, perilaku kerja as a whole.
 */
export function needsFromAppraisal(
  appraisal: AppraisalForNeeds,
  mapping: AppraisalCompetencyMapping = DEFAULT_APPRAISAL_MAPPING,
): AppraisalNeed[] {
  if (appraisal.predikat === 'SANGAT_BAIK') return [];
  const period = periodLabel(appraisal.period);
  const found: { codes: readonly string[]; reason: NeedReason }[] = [];

  if (appraisal.ratingHasilKerja === 'DI_BAWAH_EKSPEKTASI') {
    found.push({
      codes: mapping.hasilKerja.competencyCodes,
      reason: {
        origin: { kind: 'HASIL_KERJA' },
        text: {
          en: `Work results (hasil kerja) were rated below expectations in the ${period.en} appraisal`,
          id: `Hasil kerja dinilai di bawah ekspektasi pada penilaian kinerja ${period.id}`,
        },
      },
    });
  }
  const weakValues = BERAKHLAK_VALUES.filter((value) =>
    appraisal.perilaku.some((p) => p.value === value && p.rating === 'DI_BAWAH_EKSPEKTASI'),
  );
  for (const value of weakValues) {
    const label = BERAKHLAK_LABELS[value];
    found.push({
      codes: mapping.perilaku[value].competencyCodes,
      reason: {
        origin: { kind: 'NILAI', value },
        text: {
          en: `The value ${label.en} was rated below expectations in the ${period.en} appraisal`,
          id: `Nilai ${label.id} dinilai di bawah ekspektasi pada penilaian kinerja ${period.id}`,
        },
      },
    });
  }
  if (appraisal.ratingPerilakuKerja === 'DI_BAWAH_EKSPEKTASI' && weakValues.length === 0) {
    found.push({
      codes: mapping.perilakuKerjaOverall.competencyCodes,
      reason: {
        origin: { kind: 'PERILAKU_KERJA' },
        text: {
          en: `Behaviour (perilaku kerja) was rated below expectations in the ${period.en} appraisal, with no BerAKHLAK value named`,
          id: `Perilaku kerja dinilai di bawah ekspektasi pada penilaian kinerja ${period.id} tanpa rincian nilai BerAKHLAK`,
        },
      },
    });
  }

  const byCode = new Map<string, NeedReason[]>();
  for (const { codes, reason } of found) {
    for (const code of new Set(codes)) byCode.set(code, [...(byCode.get(code) ?? []), reason]);
  }
  // Map keeps first-insertion order, and sort is stable: ties keep the order of the rules.
  return [...byCode]
    .map(([code, reasons]) => ({ code, reasons }))
    .sort((a, b) => b.reasons.length - a.reasons.length);
}

/** `Tahun 2025` / `2025`, or `Triwulan II 2026` / `Q2 2026` for a periodic appraisal. */
export function periodLabel(period: AppraisalPeriod): BilingualText {
  return { id: formatPeriod(period, 'id'), en: formatPeriod(period, 'en') };
}
