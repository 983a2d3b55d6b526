import type { BilingualText } from '../../plan/domain/readiness';

// Recognition of achievement (penghargaan, innovation) counts in talent decisions (UU ASN merit
// system, DOMAIN.md §6): shown with every list that ranks people, and a national or international
// one is a reason to consider an early promotion (kenaikan pangkat prestasi luar biasa).

export const RECOGNITION_KINDS = ['PENGHARGAAN', 'INOVASI'] as const;
export type RecognitionKind = (typeof RECOGNITION_KINDS)[number];

export const RECOGNITION_LEVELS = [
  'UNIT',
  'INSTANSI',
  'KABUPATEN_KOTA',
  'PROVINSI',
  'NASIONAL',
  'INTERNASIONAL',
] as const;
export type RecognitionLevel = (typeof RECOGNITION_LEVELS)[number];

export interface RecognitionSummary {
  kind: RecognitionKind;
  title: string;
  level: RecognitionLevel;
  awardedOn: string;
}

const LEVEL_TEXT: Record<RecognitionLevel, BilingualText> = {
  UNIT: { id: 'tingkat unit kerja', en: 'unit level' },
  INSTANSI: { id: 'tingkat instansi', en: 'agency level' },
  KABUPATEN_KOTA: { id: 'tingkat kabupaten/kota', en: 'regency/city level' },
  PROVINSI: { id: 'tingkat provinsi', en: 'provincial level' },
  NASIONAL: { id: 'tingkat nasional', en: 'national level' },
  INTERNASIONAL: { id: 'tingkat internasional', en: 'international level' },
};
const KIND_TEXT: Record<RecognitionKind, BilingualText> = {
  PENGHARGAAN: { id: 'Penghargaan', en: 'Award' },
  INOVASI: { id: 'Inovasi', en: 'Innovation' },
};

/** Recognitions of the last `years` years before `today`, newest first. */
export function recentRecognitions(
  all: readonly RecognitionSummary[],
  today: string,
  years = 3,
): RecognitionSummary[] {
  const from = `${Number(today.slice(0, 4)) - years}${today.slice(4)}`;
  return all
    .filter((r) => r.awardedOn > from && r.awardedOn <= today)
    .sort((a, b) => b.awardedOn.localeCompare(a.awardedOn));
}

/** "Penghargaan tingkat nasional (2026): Inovasi Layanan Rujukan" as a reason. */
export function recognitionReason(r: RecognitionSummary): BilingualText {
  const year = r.awardedOn.slice(0, 4);
  return {
    id: `${KIND_TEXT[r.kind].id} ${LEVEL_TEXT[r.level].id} (${year}): ${r.title}.`,
    en: `${KIND_TEXT[r.kind].en}, ${LEVEL_TEXT[r.level].en} (${year}): ${r.title}.`,
  };
}

/** Whether a recognition may ground a kenaikan pangkat for extraordinary achievement. */
export const isExtraordinary = (r: RecognitionSummary): boolean =>
  r.level === 'NASIONAL' || r.level === 'INTERNASIONAL';
