import {
  BERAKHLAK_LABELS,
  formatDate,
  formatJp,
  PREDIKAT_LABELS,
  type BerakhlakValue,
  type BilingualText,
  type Predikat,
} from '@jenjang/contracts';

// The plain words of the reasons: Bahasa Indonesia first, English beside it.

// Names, dates and JP as a civil servant reads them, from the one place for them.

// The position levels leadership programmes prepare for, as a reader names them.
const LEADERSHIP_LEVEL_NAMES: Record<string, BilingualText> = {
  PENGAWAS: { id: 'pengawas', en: 'supervisor (pengawas)' },
  ADMINISTRATOR: { id: 'administrator', en: 'administrator' },
  JPT: { id: 'pimpinan tinggi', en: 'senior executive (JPT)' },
};
const predikatName = (p: Predikat): BilingualText => PREDIKAT_LABELS[p];

export const reasons = {
  developsTo: (name: string, level: number): BilingualText => ({
    id: `Program ini mengembangkan ${name} sampai level ${level}.`,
    en: `This program develops ${name} to level ${level}.`,
  }),
  developsPartly: (name: string, level: number, needed: number): BilingualText => ({
    id: `Program ini mengembangkan ${name} sampai level ${level} (dibutuhkan level ${needed}).`,
    en: `This program develops ${name} to level ${level} (level ${needed} is needed).`,
  }),
  weakValue: (value: BerakhlakValue): BilingualText => ({
    id: `Penilaian kinerja Anda menilai perilaku ${BERAKHLAK_LABELS[value].id} di bawah ekspektasi; program ini melatihnya.`,
    en: `Your appraisal rated ${BERAKHLAK_LABELS[value].en} below expectations; this program addresses it.`,
  }),
  weakHasilKerja: (): BilingualText => ({
    id: 'Hasil kerja Anda dinilai di bawah ekspektasi; program ini melatih Orientasi pada Hasil.',
    en: 'Your work results were rated below expectations; this program builds results orientation.',
  }),
  remedial: (p: Predikat): BilingualText => ({
    id: `Predikat kinerja Anda ${predikatName(p).id}: pembimbingan dan konseling bersama atasan didahulukan untuk menyusun langkah perbaikan.`,
    en: `Your rating is ${predikatName(p).en}: coaching and counselling with your superior come first, to plan the improvement.`,
  }),
  development: (target: string | null): BilingualText =>
    target
      ? {
          id: `Predikat Sangat Baik: program ini menyiapkan Anda menuju jabatan ${target}.`,
          en: `Predikat Sangat Baik: this program prepares you for the position of ${target}.`,
        }
      : {
          id: 'Predikat Sangat Baik: program ini mengembangkan Anda untuk jabatan yang lebih tinggi.',
          en: 'Predikat Sangat Baik: this program develops you toward a higher position.',
        },
  leadershipTarget: (level: string, target: string | null): BilingualText => ({
    id: `Pelatihan kepemimpinan untuk jenjang ${LEADERSHIP_LEVEL_NAMES[level]?.id ?? level}, jenjang jabatan yang Anda tuju${target ? ` (${target})` : ''}.`,
    en: `Leadership training for the ${LEADERSHIP_LEVEL_NAMES[level]?.en ?? level} level, the level of the position you aim for${target ? ` (${target})` : ''}.`,
  }),
  startsOn: (at: Date): BilingualText => ({
    id: `Angkatan berikutnya dimulai ${formatDate(at, 'id')}.`,
    en: `The next session starts on ${formatDate(at, 'en')}.`,
  }),
  selfPaced: (): BilingualText => ({
    id: 'Dapat diikuti kapan saja (mandiri).',
    en: 'Can be taken at any time (self-paced).',
  }),
  jp: (jp: number, missing: number, required: number, year: number): BilingualText => ({
    id: `Menambah ${formatJp(jp, 'id')}; Anda masih kurang ${formatJp(missing, 'id')} dari ${formatJp(required, 'id')} tahun ${year}.`,
    en: `Adds ${formatJp(jp, 'en')}; you still need ${formatJp(missing, 'en')} of the ${formatJp(required, 'en')} for ${year}.`,
  }),
};
