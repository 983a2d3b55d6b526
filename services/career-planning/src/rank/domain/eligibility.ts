import type { BilingualText } from '../../plan/domain/readiness';
import type { PositionGroup } from '../../shared/domain/position-ref';
import { PREDIKAT_ORDER, type Predikat } from '../../talent/domain/nine-box';
import { nextGolongan, pangkatName, stepOf, type Golongan } from './golongan';
import type { PromotionKind, PromotionSettingsValues } from './promotion-settings';
import { dateText, durationText, numberText, predikatText, rankText } from './texts';

// Kenaikan pangkat eligibility of one person for one period (DOMAIN.md §6). Pure: every check
// says what it found (reason) and, when not met, what is missing, in Bahasa Indonesia and English.
// The platform lists; the agency decides.

export type CheckCode =
  | 'RANK_RECORDED'
  | 'TOP_RANK'
  | 'YEARS_IN_RANK'
  | 'PREDIKAT'
  | 'SUPERIOR_RANK'
  | 'NO_SANCTION'
  | 'ANGKA_KREDIT';

/** MET, NOT_MET, or UNKNOWN when the data to decide is not recorded (never counted as met). */
export type CheckStatus = 'MET' | 'NOT_MET' | 'UNKNOWN';

export interface EligibilityCheck {
  code: CheckCode;
  status: CheckStatus;
  reason: BilingualText;
  missing: BilingualText | null;
}

export interface Sanction {
  from: string;
  until: string | null;
}

export interface EligibilityInput {
  periodDate: string;
  rank: { golongan: Golongan; tmt: string } | null;
  /** Group of the position held on the period date; null when none is recorded. */
  heldGroup: PositionGroup | null;
  /** Annual predikat per year. */
  predikatHistory: readonly { year: number; predikat: string }[];
  /** The direct superior on record (from today's placement) and their rank, when known. */
  superior: { employeeId: string; golongan: Golongan | null } | null;
  sanctions: readonly Sanction[];
  /** The person's angka kredit (imported) and the figure their position requires for the next rank. */
  angkaKredit: { value: number; required: number | null } | null;
}

export interface Eligibility {
  kind: PromotionKind;
  currentRank: Golongan | null;
  nextRank: Golongan | null;
  eligible: boolean;
  checks: EligibilityCheck[];
  /** The day the years-in-rank threshold is (or was) reached, when a rank is recorded. */
  yearsMetOn: string | null;
}

/**
 * Whether an evaluation makes the person newly eligible: eligible for a next rank, and not yet
 * announced for this kind in this period (a re-run, or a later change that keeps them eligible,
 * tells nobody twice; a move to a post of another kind is a new announcement).
 */
export function isNewlyEligible(
  result: Pick<Eligibility, 'eligible' | 'kind' | 'nextRank'>,
  announced: readonly PromotionKind[],
): boolean {
  return result.eligible && result.nextRank !== null && !announced.includes(result.kind);
}

/**
 * Pangkat/golongan and kenaikan pangkat are for PNS: a PPPK (PP 49/2018) has neither. A post
 * that does not record the kind of employment is read as PNS (placements before it was kept).
 */
export function rankApplies(employmentType: 'PNS' | 'PPPK' | null | undefined): boolean {
  return employmentType !== 'PPPK';
}

/** Which kind of KP applies: pilihan for a structural or functional post, reguler otherwise. */
export function kindFor(group: PositionGroup | null): PromotionKind {
  switch (group) {
    case 'FUNGSIONAL':
      return 'PILIHAN_FUNGSIONAL';
    case 'JPT':
    case 'ADMINISTRATOR':
    case 'PENGAWAS':
      return 'PILIHAN_STRUKTURAL';
    case 'PELAKSANA':
    case null:
      return 'REGULER';
  }
}

/** Whole months from `from` to `to` (YYYY-MM-DD), counting a month only when its day is reached. */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number);
  const [ty, tm, td] = to.split('-').map(Number);
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
}

export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  const last = new Date(Date.UTC(ny, nm, 0)).getUTCDate();
  return `${ny}-${String(nm).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

const met = (code: CheckCode, reason: BilingualText): EligibilityCheck => ({
  code,
  status: 'MET',
  reason,
  missing: null,
});
const notMet = (
  code: CheckCode,
  status: 'NOT_MET' | 'UNKNOWN',
  reason: BilingualText,
  missing: BilingualText,
): EligibilityCheck => ({ code, status, reason, missing });

export function evaluateEligibility(
  input: EligibilityInput,
  settings: PromotionSettingsValues,
): Eligibility {
  const kind = kindFor(input.heldGroup);
  const t = settings.kinds[kind];
  if (!input.rank) {
    return {
      kind,
      currentRank: null,
      nextRank: null,
      eligible: false,
      yearsMetOn: null,
      checks: [
        notMet(
          'RANK_RECORDED',
          'UNKNOWN',
          { id: 'Pangkat/golongan belum tercatat.', en: 'No rank (pangkat/golongan) on record.' },
          {
            id: 'Catat pangkat/golongan dan TMT-nya (API atau impor SIASN).',
            en: 'Record the rank and its TMT (API or the SIASN import).',
          },
        ),
      ],
    };
  }
  const { golongan, tmt } = input.rank;
  const next = nextGolongan(golongan);
  if (!next) {
    return {
      kind,
      currentRank: golongan,
      nextRank: null,
      eligible: false,
      yearsMetOn: null,
      checks: [
        notMet(
          'TOP_RANK',
          'NOT_MET',
          {
            id: `Sudah pada pangkat tertinggi, ${pangkatName(golongan)}.`,
            en: `Already at the highest rank, ${pangkatName(golongan)}.`,
          },
          { id: 'Tidak ada pangkat berikutnya.', en: 'There is no higher rank.' },
        ),
      ],
    };
  }
  const checks: EligibilityCheck[] = [];
  const period = dateText(input.periodDate);

  // Years in rank
  const need = Math.round(t.minYearsInRank * 12);
  const have = monthsBetween(tmt, input.periodDate);
  const yearsMetOn = addMonths(tmt, need);
  const haveText = durationText(Math.max(0, have));
  const needText = durationText(need);
  const since = dateText(tmt);
  const yearsReason = {
    id: `Masa kerja dalam pangkat ${rankText(golongan)} sejak ${since.id}: ${haveText.id} pada ${period.id} (syarat ${needText.id}).`,
    en: `Time in rank ${rankText(golongan)} since ${since.en}: ${haveText.en} on ${period.en} (${needText.en} required).`,
  };
  if (have >= need) checks.push(met('YEARS_IN_RANK', yearsReason));
  else {
    const on = dateText(yearsMetOn);
    const short = durationText(need - have);
    checks.push(
      notMet('YEARS_IN_RANK', 'NOT_MET', yearsReason, {
        id: `Kurang ${short.id}; terpenuhi pada ${on.id}.`,
        en: `${short.en} short; reached on ${on.en}.`,
      }),
    );
  }

  // Predikat of the last annual appraisals
  if (t.annualAppraisals > 0) checks.push(predikatCheck(input, t.minPredikat, t.annualAppraisals));

  // Not above the direct superior
  if (t.notAboveSuperior) checks.push(superiorCheck(input.superior, next));

  // No disciplinary sanction in force on the period date
  if (t.noSanction) {
    const active = input.sanctions.find(
      (s) => s.from <= input.periodDate && (s.until === null || s.until >= input.periodDate),
    );
    if (!active) {
      checks.push(
        met('NO_SANCTION', {
          id: `Tidak ada hukuman disiplin yang berlaku pada ${period.id}.`,
          en: `No disciplinary sanction in force on ${period.en}.`,
        }),
      );
    } else {
      const until = active.until ? dateText(active.until) : null;
      checks.push(
        notMet(
          'NO_SANCTION',
          'NOT_MET',
          {
            id: `Hukuman disiplin berlaku sejak ${dateText(active.from).id}${until ? ` sampai ${until.id}` : ''}.`,
            en: `A disciplinary sanction is in force from ${dateText(active.from).en}${until ? ` to ${until.en}` : ''}.`,
          },
          until
            ? {
                id: `Hukuman disiplin selesai pada ${until.id}.`,
                en: `The sanction ends on ${until.en}.`,
              }
            : { id: 'Hukuman disiplin tanpa tanggal akhir.', en: 'The sanction has no end date.' },
        ),
      );
    }
  }

  // Angka kredit (functional posts): an imported figure against the position's requirement
  if (t.angkaKredit) checks.push(angkaKreditCheck(input.angkaKredit));

  return {
    kind,
    currentRank: golongan,
    nextRank: next,
    eligible: checks.every((c) => c.status === 'MET'),
    checks,
    yearsMetOn,
  };
}

function predikatCheck(input: EligibilityInput, min: Predikat, count: number): EligibilityCheck {
  const periodYear = Number(input.periodDate.slice(0, 4));
  // The last `count` annual appraisals before the period's year, and none older than one year of
  // lag (in April the previous year's appraisal may still be open).
  const oldest = periodYear - count - 1;
  const last = [...input.predikatHistory]
    .filter((h) => h.year < periodYear && h.year >= oldest)
    .sort((a, b) => b.year - a.year)
    .slice(0, count);
  const minText = predikatText(min);
  const listed = last.map((h) => ({ year: h.year, p: predikatText(h.predikat) }));
  const found = {
    id: listed.length ? listed.map((h) => `${h.year} ${h.p.id}`).join(', ') : 'belum ada',
    en: listed.length ? listed.map((h) => `${h.year} ${h.p.en}`).join(', ') : 'none',
  };
  const reason = {
    id: `Predikat kinerja tahunan ${count} tahun terakhir paling rendah ${minText.id}; tercatat: ${found.id}.`,
    en: `Annual predikat of the last ${count} year(s) at least ${minText.en}; on record: ${found.en}.`,
  };
  const below = last.filter(
    (h) => PREDIKAT_ORDER.indexOf(h.predikat as Predikat) < PREDIKAT_ORDER.indexOf(min),
  );
  if (below.length > 0) {
    const years = below.map((h) => h.year).join(', ');
    return notMet('PREDIKAT', 'NOT_MET', reason, {
      id: `Predikat tahun ${years} di bawah ${minText.id}.`,
      en: `The predikat of ${years} is below ${minText.en}.`,
    });
  }
  if (last.length < count) {
    return notMet('PREDIKAT', 'UNKNOWN', reason, {
      id: `Masih perlu ${count - last.length} predikat tahunan yang final.`,
      en: `${count - last.length} more final annual predikat needed.`,
    });
  }
  return met('PREDIKAT', reason);
}

function superiorCheck(superior: EligibilityInput['superior'], next: Golongan): EligibilityCheck {
  if (!superior) {
    return notMet(
      'SUPERIOR_RANK',
      'UNKNOWN',
      { id: 'Atasan langsung belum tercatat.', en: 'No direct superior on record.' },
      {
        id: 'Catat penempatan dengan atasan langsungnya.',
        en: 'Record the placement with its direct superior.',
      },
    );
  }
  if (!superior.golongan) {
    return notMet(
      'SUPERIOR_RANK',
      'UNKNOWN',
      {
        id: 'Pangkat atasan langsung belum tercatat.',
        en: "The direct superior's rank is not on record.",
      },
      {
        id: 'Catat pangkat/golongan atasan langsung.',
        en: "Record the direct superior's rank.",
      },
    );
  }
  const reason = {
    id: `Pangkat berikutnya ${pangkatName(next)}; pangkat atasan langsung ${pangkatName(superior.golongan)}.`,
    en: `Next rank ${pangkatName(next)}; direct superior's rank ${pangkatName(superior.golongan)}.`,
  };
  if (stepOf(next) <= stepOf(superior.golongan)) return met('SUPERIOR_RANK', reason);
  return notMet('SUPERIOR_RANK', 'NOT_MET', reason, {
    id: 'Pangkat berikutnya akan melebihi pangkat atasan langsung.',
    en: "The next rank would be above the direct superior's.",
  });
}

function angkaKreditCheck(ak: EligibilityInput['angkaKredit']): EligibilityCheck {
  if (!ak) {
    return notMet(
      'ANGKA_KREDIT',
      'UNKNOWN',
      { id: 'Angka kredit belum diimpor.', en: 'No angka kredit imported.' },
      {
        id: 'Impor angka kredit pegawai (PAK terakhir).',
        en: "Import the person's angka kredit (latest PAK).",
      },
    );
  }
  if (ak.required === null) {
    return notMet(
      'ANGKA_KREDIT',
      'UNKNOWN',
      {
        id: `Angka kredit ${numberText(ak.value).id}; angka kredit yang dipersyaratkan belum tercatat.`,
        en: `Angka kredit ${numberText(ak.value).en}; the required figure is not on record.`,
      },
      {
        id: 'Impor angka kredit yang dipersyaratkan untuk pangkat berikutnya.',
        en: 'Import the figure required for the next rank.',
      },
    );
  }
  const reason = {
    id: `Angka kredit ${numberText(ak.value).id} dari ${numberText(ak.required).id} yang dipersyaratkan.`,
    en: `Angka kredit ${numberText(ak.value).en} of the ${numberText(ak.required).en} required.`,
  };
  if (ak.value >= ak.required) return met('ANGKA_KREDIT', reason);
  const short = numberText(Math.round((ak.required - ak.value) * 1000) / 1000);
  return notMet('ANGKA_KREDIT', 'NOT_MET', reason, {
    id: `Kurang ${short.id} angka kredit.`,
    en: `${short.en} angka kredit short.`,
  });
}
