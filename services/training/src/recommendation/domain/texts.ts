import type { BerakhlakValue, BilingualText, Predikat } from '@jenjang/contracts';

// The plain words of the reasons: Bahasa Indonesia first, English beside it.

export const VALUE_NAMES: Record<BerakhlakValue, string> = {
  BERORIENTASI_PELAYANAN: 'Berorientasi Pelayanan',
  AKUNTABEL: 'Akuntabel',
  KOMPETEN: 'Kompeten',
  HARMONIS: 'Harmonis',
  LOYAL: 'Loyal',
  ADAPTIF: 'Adaptif',
  KOLABORATIF: 'Kolaboratif',
};

const PREDIKAT_NAMES: Record<Predikat, string> = {
  SANGAT_BAIK: 'Sangat Baik',
  BAIK: 'Baik',
  BUTUH_PERBAIKAN: 'Butuh Perbaikan',
  KURANG_MISCONDUCT: 'Kurang/Misconduct',
  SANGAT_KURANG: 'Sangat Kurang',
};

const MONTHS_ID = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];
const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

// Dates as a civil servant reads them, in Asia/Jakarta.
function wib(at: Date): { d: number; m: number; y: number } {
  const t = new Date(at.getTime() + 7 * 3600_000);
  return { d: t.getUTCDate(), m: t.getUTCMonth(), y: t.getUTCFullYear() };
}

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
    id: `Penilaian kinerja Anda menilai perilaku ${VALUE_NAMES[value]} di bawah ekspektasi; program ini melatihnya.`,
    en: `Your appraisal rated ${VALUE_NAMES[value]} below expectations; this program addresses it.`,
  }),
  weakHasilKerja: (): BilingualText => ({
    id: 'Hasil kerja Anda dinilai di bawah ekspektasi; program ini melatih Orientasi pada Hasil.',
    en: 'Your work results were rated below expectations; this program builds results orientation.',
  }),
  remedial: (p: Predikat): BilingualText => ({
    id: `Predikat kinerja Anda ${PREDIKAT_NAMES[p]}: pembimbingan dan konseling bersama atasan didahulukan untuk menyusun langkah perbaikan.`,
    en: `Your predikat is ${PREDIKAT_NAMES[p]}: coaching and counselling with your superior come first, to plan the improvement.`,
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
  startsOn: (at: Date): BilingualText => {
    const { d, m, y } = wib(at);
    return {
      id: `Angkatan berikutnya dimulai ${d} ${MONTHS_ID[m]} ${y}.`,
      en: `The next session starts on ${d} ${MONTHS_EN[m]} ${y}.`,
    };
  },
  selfPaced: (): BilingualText => ({
    id: 'Dapat diikuti kapan saja (mandiri).',
    en: 'Can be taken at any time (self-paced).',
  }),
  jp: (jp: number, missing: number, required: number, year: number): BilingualText => ({
    id: `Menambah ${jp} JP; Anda masih kurang ${missing} JP dari ${required} JP tahun ${year}.`,
    en: `Adds ${jp} JP; you still need ${missing} of the ${required} JP for ${year}.`,
  }),
};
