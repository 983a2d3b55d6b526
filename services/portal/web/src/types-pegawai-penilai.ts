// The shapes of the SKP, career plan, talent and curve answers the pegawai and penilai screens
// read (a subset of the services' OpenAPI documents).
import type { Predikat } from './domain/predikat';
import type { Bilingual } from './types';

export const BERAKHLAK_VALUES = [
  'BERORIENTASI_PELAYANAN',
  'AKUNTABEL',
  'KOMPETEN',
  'HARMONIS',
  'LOYAL',
  'ADAPTIF',
  'KOLABORATIF',
] as const;
export type BerakhlakValue = (typeof BERAKHLAK_VALUES)[number];

export type SkpStatus = 'DRAFT' | 'DIAJUKAN' | 'DISETUJUI' | 'DIKEMBALIKAN';

export interface Indicator {
  id?: string;
  description: string;
  target: string;
}

export interface HasilKerja {
  id?: string;
  kind: 'UTAMA' | 'TAMBAHAN';
  description: string;
  indicators: Indicator[];
}

export interface PerilakuExpectation {
  value: BerakhlakValue;
  ekspektasiKhusus?: string;
}

export interface Skp {
  id: string;
  employeeId: string;
  unitId: string;
  year: number;
  position: { id: string; name: string; group: string };
  penilaiId: string;
  atasanPenilaiId: string | null;
  hasilKerja: HasilKerja[];
  perilaku: PerilakuExpectation[];
  status: SkpStatus;
  returnReason: string | null;
  revision: number;
}

/** The SKP content the pegawai edits (what PUT /skp/{id} and POST /skp take besides year). */
export interface SkpContent {
  hasilKerja: HasilKerja[];
  perilaku: PerilakuExpectation[];
}

export type FeedbackAbout =
  { kind: 'HASIL_KERJA'; hasilKerjaId: string } | { kind: 'PERILAKU'; value: BerakhlakValue };

export interface Feedback {
  id: string;
  about?: FeedbackAbout;
  text: string;
  givenAt: string;
}

export interface Goal {
  id?: string;
  text: string;
  horizon: 'SHORT' | 'LONG';
  targetYear: number | null;
}

export const STEP_KINDS = ['EDUCATION', 'TRAINING', 'ROTATION', 'ASSIGNMENT'] as const;

/** A step the pegawai adds to the plan (POST plans/{employeeId}/steps, besides revision). */
export interface StepInput {
  kind: (typeof STEP_KINDS)[number];
  title: string;
  startDate: string;
  endDate: string;
}

export interface CareerPlan {
  employeeId: string;
  revision: number;
  goals: Goal[];
  targets: {
    id: string;
    positionId: string;
    agencyId: string;
    name: string;
    unitId: string;
    move: string;
  }[];
  steps: {
    id: string;
    kind: 'EDUCATION' | 'TRAINING' | 'ROTATION' | 'ASSIGNMENT';
    title: string;
    startDate: string;
    endDate: string;
    status: 'PLANNED' | 'IN_PROGRESS' | 'DONE' | 'CANCELLED';
  }[];
  agreement: { byEmployeeId: string; at: string } | null;
}

export type Level = 'LOW' | 'MEDIUM' | 'HIGH';

export interface TalentProfile {
  employeeId: string;
  placement: {
    box: number;
    kinerja: Level;
    potensi: Level;
    year: number;
    predikat: Predikat;
  } | null;
  recommendedAction: Bilingual | null;
}

export interface CurveBoundView {
  predikat: Predikat;
  bound: 'MAX' | 'MIN';
  share: number;
  limitCount: number;
}

/** What setting each predikat would do to the appraisal's unit (GET appraisals/{id}/curve). */
export interface CurveOutlook {
  appraisalId: string;
  unitId: string;
  organisationPredikat: string | null;
  unitSize: number;
  counts: Record<Predikat, number>;
  bounds: CurveBoundView[];
  outlook: { predikat: Predikat; ok: boolean; message: Bilingual | null }[];
}
