import type { Predikat, Rating } from '../../shared/domain/rating';

/** Per period: `REALISASI_DIISI → UMPAN_BALIK → DINILAI → PREDIKAT_DITETAPKAN → (KEBERATAN →) FINAL`. */
export const APPRAISAL_STATUSES = [
  'REALISASI_DIISI',
  'UMPAN_BALIK',
  'DINILAI',
  'PREDIKAT_DITETAPKAN',
  'KEBERATAN',
  'FINAL',
] as const;
export type AppraisalStatus = (typeof APPRAISAL_STATUSES)[number];

/** Who acts on an appraisal, as named on it; SYSTEM is the scheduler. */
export type AppraisalParty = 'PEGAWAI' | 'PENILAI' | 'ATASAN_PENILAI' | 'SYSTEM';

/** Keberatan: the employee's objection to the predikat, decided by the atasan penilai. */
export interface Keberatan {
  readonly reason: string;
  readonly filedAt: Date;
  readonly decidedAt?: Date;
  readonly decidedBy?: string;
  readonly decisionNote?: string;
  /** The ratings and predikat before the decision, kept when the decision changed them. */
  readonly previous?: {
    readonly hasilKerja: Rating;
    readonly perilakuKerja: Rating;
    readonly predikat: Predikat;
  };
}

/** The domain's view of one appraisal of one pegawai for one period. */
export interface Appraisal {
  readonly id: string;
  readonly status: AppraisalStatus;
  /** Correction version: 1 for the original, n + 1 for a correction of version n. Not a lock. */
  readonly version: number;
  /** The FINAL appraisal this one corrects; a final appraisal itself never changes. */
  readonly correctionOf?: string;
  readonly correctionReason?: string;
  readonly pegawaiId: string;
  readonly penilaiId: string;
  readonly atasanPenilaiId: string;
  /** Rating of hasil kerja (work results) and of perilaku kerja (behaviour). */
  readonly hasilKerja?: Rating;
  readonly perilakuKerja?: Rating;
  readonly ratedAt?: Date;
  /** Always computed from the two ratings. */
  readonly predikat?: Predikat;
  readonly predikatSetAt?: Date;
  /** Fixed when the predikat is set, so a later change of the agency's window does not move it. */
  readonly objectionDeadline?: Date;
  readonly keberatan?: Keberatan;
  readonly finalizedAt?: Date;
}

export type AppraisalAction =
  | { readonly type: 'RECORD_REALISASI' }
  | { readonly type: 'GIVE_FEEDBACK' }
  | {
      readonly type: 'RATE';
      readonly hasilKerja: Rating;
      readonly perilakuKerja: Rating;
    }
  | { readonly type: 'SET_PREDIKAT' }
  | { readonly type: 'ACCEPT' }
  | { readonly type: 'OBJECT'; readonly reason: string }
  | {
      readonly type: 'DECIDE_OBJECTION';
      readonly note: string;
      readonly hasilKerja?: Rating;
      readonly perilakuKerja?: Rating;
    }
  | { readonly type: 'FINALIZE' };
export type AppraisalActionType = AppraisalAction['type'];

/** The outcome of a keberatan as the public event names it: upheld when the decision changed the ratings. */
export function objectionOutcome(
  keberatan: Keberatan | undefined | null,
): 'NONE' | 'UPHELD' | 'REJECTED' {
  if (!keberatan) return 'NONE';
  return keberatan.previous ? 'UPHELD' : 'REJECTED';
}
