import type { BerakhlakValue, Predikat, Rating } from '@jenjang/contracts';

// Names people read, per language. Indonesian follows the wording of PermenPANRB 6/2022.
export type Language = 'id' | 'en';
export const LANGUAGES = ['id', 'en'] as const;

export const PREDIKAT_LABELS: Record<Predikat, Record<Language, string>> = {
  SANGAT_BAIK: { id: 'Sangat Baik', en: 'Outstanding' },
  BAIK: { id: 'Baik', en: 'Good' },
  BUTUH_PERBAIKAN: { id: 'Butuh Perbaikan', en: 'Needs Improvement' },
  KURANG_MISCONDUCT: { id: 'Kurang/Misconduct', en: 'Poor/Misconduct' },
  SANGAT_KURANG: { id: 'Sangat Kurang', en: 'Very Poor' },
};

export const RATING_LABELS: Record<Rating, Record<Language, string>> = {
  DI_ATAS_EKSPEKTASI: { id: 'Di atas ekspektasi', en: 'Above expectations' },
  SESUAI_EKSPEKTASI: { id: 'Sesuai ekspektasi', en: 'Meets expectations' },
  DI_BAWAH_EKSPEKTASI: { id: 'Di bawah ekspektasi', en: 'Below expectations' },
};

export const BERAKHLAK_LABELS: Record<BerakhlakValue, Record<Language, string>> = {
  BERORIENTASI_PELAYANAN: { id: 'Berorientasi Pelayanan', en: 'Service-oriented' },
  AKUNTABEL: { id: 'Akuntabel', en: 'Accountable' },
  KOMPETEN: { id: 'Kompeten', en: 'Competent' },
  HARMONIS: { id: 'Harmonis', en: 'Harmonious' },
  LOYAL: { id: 'Loyal', en: 'Loyal' },
  ADAPTIF: { id: 'Adaptif', en: 'Adaptive' },
  KOLABORATIF: { id: 'Kolaboratif', en: 'Collaborative' },
};

export const PERIOD_KIND_LABELS: Record<string, Record<Language, string>> = {
  BULANAN: { id: 'bulanan', en: 'monthly' },
  TRIWULANAN: { id: 'triwulanan', en: 'quarterly' },
  SEMESTERAN: { id: 'semesteran', en: 'half-yearly' },
  TAHUNAN: { id: 'tahunan', en: 'annual' },
};

export const LEVEL_LABELS: Record<string, Record<Language, string>> = {
  LOW: { id: 'rendah', en: 'low' },
  MEDIUM: { id: 'menengah', en: 'middle' },
  HIGH: { id: 'tinggi', en: 'high' },
};
