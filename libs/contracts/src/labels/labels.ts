import type { CareerMove, TalentLevel } from '../events/career-vocabulary';
import type {
  BerakhlakValue,
  PeriodKind,
  PositionGroup,
  Predikat,
  Rating,
} from '../events/evaluation-vocabulary';
import type { WaitingKind } from '../events/work-waiting/work-waiting.v1';
import type { BilingualText } from './bilingual-text';

// The names people read for the platform's vocabularies, written once. Indonesian follows the
// wording of the regulations (PermenPANRB 6/2022 for predikat, ratings and BerAKHLAK); the
// English is a gloss. Labels are capitalised as names: write them mid-sentence as they are
// ("predikat Sangat Baik", "hasil kerja Di Atas Ekspektasi"), or use the sentence forms below.

/** Predikat kinerja pegawai. */
export const PREDIKAT_LABELS: Readonly<Record<Predikat, BilingualText>> = {
  SANGAT_BAIK: { id: 'Sangat Baik', en: 'Outstanding' },
  BAIK: { id: 'Baik', en: 'Good' },
  BUTUH_PERBAIKAN: { id: 'Butuh Perbaikan', en: 'Needs Improvement' },
  KURANG_MISCONDUCT: { id: 'Kurang/Misconduct', en: 'Poor/Misconduct' },
  SANGAT_KURANG: { id: 'Sangat Kurang', en: 'Very Poor' },
};

/** Rating of hasil kerja or perilaku kerja, as a name. */
export const RATING_LABELS: Readonly<Record<Rating, BilingualText>> = {
  DI_ATAS_EKSPEKTASI: { id: 'Di Atas Ekspektasi', en: 'Above Expectations' },
  SESUAI_EKSPEKTASI: { id: 'Sesuai Ekspektasi', en: 'Meets Expectations' },
  DI_BAWAH_EKSPEKTASI: { id: 'Di Bawah Ekspektasi', en: 'Below Expectations' },
};

/** Rating as it reads inside a sentence: "hasil kerja Anda dinilai di atas ekspektasi". */
export const RATING_PHRASES: Readonly<Record<Rating, BilingualText>> = {
  DI_ATAS_EKSPEKTASI: { id: 'di atas ekspektasi', en: 'above expectations' },
  SESUAI_EKSPEKTASI: { id: 'sesuai ekspektasi', en: 'as expected' },
  DI_BAWAH_EKSPEKTASI: { id: 'di bawah ekspektasi', en: 'below expectations' },
};

/** The seven BerAKHLAK core values. */
export const BERAKHLAK_LABELS: Readonly<Record<BerakhlakValue, BilingualText>> = {
  BERORIENTASI_PELAYANAN: { id: 'Berorientasi Pelayanan', en: 'Service-oriented' },
  AKUNTABEL: { id: 'Akuntabel', en: 'Accountable' },
  KOMPETEN: { id: 'Kompeten', en: 'Competent' },
  HARMONIS: { id: 'Harmonis', en: 'Harmonious' },
  LOYAL: { id: 'Loyal', en: 'Loyal' },
  ADAPTIF: { id: 'Adaptif', en: 'Adaptive' },
  KOLABORATIF: { id: 'Kolaboratif', en: 'Collaborative' },
};

/** Kind of appraisal period, as an adjective ("penilaian tahunan"). */
export const PERIOD_KIND_LABELS: Readonly<Record<PeriodKind, BilingualText>> = {
  BULANAN: { id: 'bulanan', en: 'monthly' },
  TRIWULANAN: { id: 'triwulanan', en: 'quarterly' },
  SEMESTERAN: { id: 'semesteran', en: 'half-yearly' },
  TAHUNAN: { id: 'tahunan', en: 'annual' },
};

/** Position (jabatan) groups. */
export const POSITION_GROUP_LABELS: Readonly<Record<PositionGroup, BilingualText>> = {
  JPT: { id: 'Jabatan Pimpinan Tinggi', en: 'Senior executive (JPT)' },
  ADMINISTRATOR: { id: 'Administrator', en: 'Administrator' },
  PENGAWAS: { id: 'Pengawas', en: 'Supervisor' },
  PELAKSANA: { id: 'Pelaksana', en: 'Staff' },
  FUNGSIONAL: { id: 'Fungsional', en: 'Functional' },
};

/** Low, middle or high kinerja or potensi on the 9-box. */
export const TALENT_LEVEL_LABELS: Readonly<Record<TalentLevel, BilingualText>> = {
  LOW: { id: 'rendah', en: 'low' },
  MEDIUM: { id: 'menengah', en: 'middle' },
  HIGH: { id: 'tinggi', en: 'high' },
};

/** Career moves (pola karier). */
export const CAREER_MOVE_LABELS: Readonly<Record<CareerMove, BilingualText>> = {
  INITIAL: { id: 'penempatan pertama', en: 'first placement' },
  HORIZONTAL: { id: 'horizontal', en: 'horizontal' },
  VERTICAL: { id: 'vertikal', en: 'vertical' },
  DIAGONAL: { id: 'diagonal', en: 'diagonal' },
  LOWER: { id: 'ke jabatan lebih rendah', en: 'to a lower post' },
};

/** Predikat kinerja organisasi (the unit's own result). */
export const ORGANISATION_PREDIKAT = [
  'ISTIMEWA',
  'BAIK',
  'BUTUH_PERBAIKAN',
  'KURANG',
  'SANGAT_KURANG',
] as const;
export type OrganisationPredikat = (typeof ORGANISATION_PREDIKAT)[number];
export const ORGANISATION_PREDIKAT_LABELS: Readonly<Record<OrganisationPredikat, BilingualText>> = {
  ISTIMEWA: { id: 'Istimewa', en: 'Outstanding' },
  BAIK: { id: 'Baik', en: 'Good' },
  BUTUH_PERBAIKAN: { id: 'Butuh Perbaikan', en: 'Needs Improvement' },
  KURANG: { id: 'Kurang', en: 'Poor' },
  SANGAT_KURANG: { id: 'Sangat Kurang', en: 'Very Poor' },
};

/** Why an SKP or appraisal waits on someone (the evaluation service's stuck report). */
export const WAITING_KIND_LABELS: Readonly<Record<WaitingKind, BilingualText>> = {
  SKP_NOT_APPROVED: { id: 'SKP menunggu persetujuan', en: 'SKP waiting for approval' },
  APPRAISAL_NOT_FINAL: { id: 'Penilaian kinerja belum final', en: 'Appraisal not final' },
  KEBERATAN_UNDECIDED: { id: 'Keberatan belum diputus', en: 'Objection not decided' },
};

/** States of an appraisal as the evaluation API names them. */
export type AppraisalStatusName =
  'REALISASI_DIISI' | 'UMPAN_BALIK' | 'DINILAI' | 'PREDIKAT_DITETAPKAN' | 'KEBERATAN' | 'FINAL';
/** The state of an appraisal inside a sentence: "penilaian ini <label>". */
export const APPRAISAL_STATUS_LABELS: Readonly<Record<AppraisalStatusName, BilingualText>> = {
  REALISASI_DIISI: { id: 'baru diisi realisasinya', en: 'has its realisation recorded' },
  UMPAN_BALIK: { id: 'dalam tahap umpan balik', en: 'is in the feedback stage' },
  DINILAI: { id: 'sudah dinilai', en: 'is rated' },
  PREDIKAT_DITETAPKAN: { id: 'sudah ditetapkan predikatnya', en: 'has its predikat set' },
  KEBERATAN: { id: 'sedang dalam keberatan', en: 'is under objection' },
  FINAL: { id: 'sudah final', en: 'is final' },
};

/** States of an SKP as the evaluation API names them. */
export type SkpStatusName = 'DRAFT' | 'DIAJUKAN' | 'DISETUJUI' | 'DIKEMBALIKAN';
/** The state of an SKP inside a sentence: "SKP ini <label>". */
export const SKP_STATUS_LABELS: Readonly<Record<SkpStatusName, BilingualText>> = {
  DRAFT: { id: 'masih draf', en: 'is a draft' },
  DIAJUKAN: { id: 'sudah diajukan', en: 'is submitted' },
  DISETUJUI: { id: 'sudah disetujui', en: 'is approved' },
  DIKEMBALIKAN: { id: 'dikembalikan untuk diperbaiki', en: 'was returned for revision' },
};
