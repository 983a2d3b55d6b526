import type { BilingualText } from '../../plan/domain/readiness';
import {
  isExtraordinary,
  recentRecognitions,
  recognitionReason,
  type RecognitionSummary,
} from '../../recognition/domain/recognition';
import type { Golongan } from './golongan';

// The objective criteria shown with every list that ranks people (UU ASN merit system,
// DOMAIN.md §6): predikat history, JPM, 9-box, JP, rank, recognitions.

export interface ProfileFacts {
  predikatHistory: readonly { year: number; predikat: string }[];
  placement: { box: number } | null;
  gaps: { jpmHeld: number | null; jpmTarget: number | null } | null;
  trainings: readonly { jp: number; year: number }[];
}

export interface MeritCriteria {
  predikatHistory: { year: number; predikat: string }[];
  box: number | null;
  jpmHeld: number | null;
  jpmTarget: number | null;
  /** JP of completed training per year: this year and the one before. */
  jp: { year: number; jp: number }[];
  rank: { golongan: Golongan; tmt: string } | null;
  recognitions: RecognitionSummary[];
}

export function meritCriteria(
  profile: ProfileFacts | null,
  rank: { golongan: Golongan; tmt: string } | null,
  recognitions: readonly RecognitionSummary[],
  today: string,
): MeritCriteria {
  const year = Number(today.slice(0, 4));
  const jpOf = (y: number) =>
    (profile?.trainings ?? []).filter((t) => t.year === y).reduce((s, t) => s + t.jp, 0);
  return {
    predikatHistory: [...(profile?.predikatHistory ?? [])]
      .sort((a, b) => b.year - a.year)
      .slice(0, 5)
      .map((h) => ({ year: h.year, predikat: h.predikat })),
    box: profile?.placement?.box ?? null,
    jpmHeld: profile?.gaps?.jpmHeld ?? null,
    jpmTarget: profile?.gaps?.jpmTarget ?? null,
    jp: [year, year - 1].map((y) => ({ year: y, jp: jpOf(y) })),
    rank: rank ? { golongan: rank.golongan, tmt: rank.tmt } : null,
    recognitions: recentRecognitions(recognitions, today),
  };
}

/** What the agency may weigh beyond the checks: recognitions, and an early-promotion ground. */
export function recognitionNotes(criteria: MeritCriteria): BilingualText[] {
  const notes = criteria.recognitions.map(recognitionReason);
  if (criteria.recognitions.some(isExtraordinary)) {
    notes.push({
      id: 'Prestasi tingkat nasional atau internasional: dapat dipertimbangkan untuk kenaikan pangkat luar biasa.',
      en: 'National or international achievement: may be considered for an extraordinary promotion.',
    });
  }
  return notes;
}
