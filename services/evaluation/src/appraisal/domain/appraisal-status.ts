import type { SkpStatus } from '../../skp/domain/skp-status';
import { isUser, type Actor } from '../../shared/domain/actor';
import { requireReason } from '../../shared/domain/reason';
import type {
  Appraisal,
  AppraisalAction,
  AppraisalActionType,
  AppraisalParty,
  AppraisalStatus,
} from './appraisal';
import {
  AppraisalActorNotAllowedError,
  AppraisalAlreadyFinalError,
  AppraisalNotFinalError,
  AppraisalNotRatedError,
  AppraisalTransitionError,
  ObjectionWindowClosedError,
  ObjectionWindowOpenError,
  SkpNotApprovedError,
} from './appraisal-errors';
import { predikatFor } from '../../shared/domain/rating';

export interface AppraisalContext {
  readonly now: Date;
  /** The agency's keberatan window in days, read when the predikat is set. */
  readonly objectionWindowDays: number;
  /**
   * The status of the SKP the appraisal follows: RECORD_REALISASI and RATE need it; the other
   * actions are decided without it (so the SKP need not be read for them).
   */
  readonly skpStatus?: SkpStatus;
}

// Feedback is continuous: it may come at any time until the rating is settled, and the first
// piece moves REALISASI_DIISI to UMPAN_BALIK. Rating needs at least one piece of feedback first
// (the regulation puts umpan balik before evaluation). A rating may be redone until the predikat
// is set. ACCEPT lets the pegawai waive the objection window. FINALIZE is for the scheduler (or
// the penilai) once the window has closed without an objection.
export const APPRAISAL_RULES: Readonly<
  Record<
    AppraisalActionType,
    { readonly from: readonly AppraisalStatus[]; readonly by: readonly AppraisalParty[] }
  >
> = {
  RECORD_REALISASI: { from: ['REALISASI_DIISI', 'UMPAN_BALIK'], by: ['PEGAWAI'] },
  GIVE_FEEDBACK: { from: ['REALISASI_DIISI', 'UMPAN_BALIK', 'DINILAI'], by: ['PENILAI'] },
  RATE: { from: ['UMPAN_BALIK', 'DINILAI'], by: ['PENILAI'] },
  SET_PREDIKAT: { from: ['DINILAI'], by: ['PENILAI'] },
  ACCEPT: { from: ['PREDIKAT_DITETAPKAN'], by: ['PEGAWAI'] },
  OBJECT: { from: ['PREDIKAT_DITETAPKAN'], by: ['PEGAWAI'] },
  DECIDE_OBJECTION: { from: ['KEBERATAN'], by: ['ATASAN_PENILAI'] },
  FINALIZE: { from: ['PREDIKAT_DITETAPKAN'], by: ['SYSTEM', 'PENILAI'] },
};

const NOT_RATED_STATES: readonly AppraisalStatus[] = ['REALISASI_DIISI', 'UMPAN_BALIK'];
const NEEDS_RATING: readonly AppraisalActionType[] = [
  'SET_PREDIKAT',
  'ACCEPT',
  'OBJECT',
  'FINALIZE',
];
const DAY_MS = 24 * 60 * 60 * 1000;

// Counted in elapsed days from the moment the predikat is set (no time zone, no holidays).
export function objectionDeadline(predikatSetAt: Date, windowDays: number): Date {
  if (!Number.isInteger(windowDays) || windowDays < 0) {
    throw new RangeError(`objection window must be a whole number of days ≥ 0, got ${windowDays}`);
  }
  return new Date(predikatSetAt.getTime() + windowDays * DAY_MS);
}

/**
 * Applies one action and returns the appraisal as it is after it; throws a typed DomainError and
 * changes nothing when the action is not allowed. Checks in order: final, who, state, input, time.
 * The curve check (other appraisals of the unit) is the caller's, before SET_PREDIKAT and before
 * a DECIDE_OBJECTION that changes the predikat.
 */
export function applyAppraisalAction(
  appraisal: Appraisal,
  action: AppraisalAction,
  actor: Actor,
  context: AppraisalContext,
): Appraisal {
  if (appraisal.status === 'FINAL') throw new AppraisalAlreadyFinalError();
  const rule = APPRAISAL_RULES[action.type];
  if (!rule.by.some((party) => actsAs(appraisal, actor, party))) {
    throw new AppraisalActorNotAllowedError(action.type, rule.by);
  }
  if (!rule.from.includes(appraisal.status)) {
    if (NEEDS_RATING.includes(action.type) && NOT_RATED_STATES.includes(appraisal.status)) {
      throw new AppraisalNotRatedError(action.type);
    }
    throw new AppraisalTransitionError(appraisal.status, action.type, rule.from);
  }
  const { now } = context;
  switch (action.type) {
    case 'RECORD_REALISASI':
      requireApprovedSkp(context.skpStatus);
      return appraisal;
    case 'GIVE_FEEDBACK':
      return appraisal.status === 'REALISASI_DIISI'
        ? { ...appraisal, status: 'UMPAN_BALIK' }
        : appraisal;
    case 'RATE':
      requireApprovedSkp(context.skpStatus);
      return {
        ...appraisal,
        status: 'DINILAI',
        hasilKerja: action.hasilKerja,
        perilakuKerja: action.perilakuKerja,
        ratedAt: now,
      };
    case 'SET_PREDIKAT': {
      const { hasilKerja, perilakuKerja } = ratingsOf(appraisal, action.type);
      return {
        ...appraisal,
        status: 'PREDIKAT_DITETAPKAN',
        predikat: predikatFor(hasilKerja, perilakuKerja),
        predikatSetAt: now,
        objectionDeadline: objectionDeadline(now, context.objectionWindowDays),
      };
    }
    case 'ACCEPT':
      return { ...appraisal, status: 'FINAL', finalizedAt: now };
    case 'OBJECT': {
      const reason = requireReason(action.reason, 'reason');
      const deadline = deadlineOf(appraisal);
      if (now.getTime() >= deadline.getTime()) throw new ObjectionWindowClosedError(deadline);
      return { ...appraisal, status: 'KEBERATAN', keberatan: { reason, filedAt: now } };
    }
    case 'DECIDE_OBJECTION': {
      const decisionNote = requireReason(action.note, 'note');
      const before = ratingsOf(appraisal, action.type);
      const hasilKerja = action.hasilKerja ?? before.hasilKerja;
      const perilakuKerja = action.perilakuKerja ?? before.perilakuKerja;
      const changed = hasilKerja !== before.hasilKerja || perilakuKerja !== before.perilakuKerja;
      const keberatan = appraisal.keberatan ?? { reason: '', filedAt: now };
      return {
        ...appraisal,
        status: 'FINAL',
        hasilKerja,
        perilakuKerja,
        predikat: predikatFor(hasilKerja, perilakuKerja),
        keberatan: {
          ...keberatan,
          decidedAt: now,
          decidedBy: actor.kind === 'USER' ? actor.pegawaiId : undefined,
          decisionNote,
          ...(changed
            ? {
                previous: {
                  ...before,
                  predikat: predikatFor(before.hasilKerja, before.perilakuKerja),
                },
              }
            : {}),
        },
        finalizedAt: now,
      };
    }
    case 'FINALIZE': {
      const deadline = deadlineOf(appraisal);
      if (now.getTime() < deadline.getTime()) throw new ObjectionWindowOpenError(deadline);
      return { ...appraisal, status: 'FINAL', finalizedAt: now };
    }
  }
}

/**
 * A correction of a FINAL appraisal: a new version linked to it, starting from the old ratings in
 * DINILAI so the penilai can rate again, set the predikat and open a new objection window. The
 * final one stays as it is; both publish their own event.
 */
export function startCorrection(
  final: Appraisal,
  correction: { readonly id: string; readonly reason: string },
  actor: Actor,
): Appraisal {
  if (final.status !== 'FINAL') throw new AppraisalNotFinalError(final.status);
  const parties: readonly AppraisalParty[] = ['PENILAI', 'ATASAN_PENILAI'];
  if (!parties.some((party) => actsAs(final, actor, party))) {
    throw new AppraisalActorNotAllowedError('RATE', parties);
  }
  const { hasilKerja, perilakuKerja } = ratingsOf(final, 'RATE');
  return {
    id: correction.id,
    status: 'DINILAI',
    version: final.version + 1,
    correctionOf: final.id,
    correctionReason: requireReason(correction.reason, 'reason'),
    pegawaiId: final.pegawaiId,
    penilaiId: final.penilaiId,
    atasanPenilaiId: final.atasanPenilaiId,
    hasilKerja,
    perilakuKerja,
    ratedAt: final.ratedAt,
  };
}

// A person never acts as penilai or atasan on their own appraisal, even if named so by mistake,
// and the penilai who rated never decides the objection to their own rating (issue 14).
function actsAs(appraisal: Appraisal, actor: Actor, party: AppraisalParty): boolean {
  switch (party) {
    case 'SYSTEM':
      return actor.kind === 'SYSTEM';
    case 'PEGAWAI':
      return isUser(actor, appraisal.pegawaiId);
    case 'PENILAI':
      return isUser(actor, appraisal.penilaiId) && !isUser(actor, appraisal.pegawaiId);
    case 'ATASAN_PENILAI':
      return (
        isUser(actor, appraisal.atasanPenilaiId) &&
        !isUser(actor, appraisal.pegawaiId) &&
        !isUser(actor, appraisal.penilaiId)
      );
  }
}

function requireApprovedSkp(skpStatus: SkpStatus | undefined): void {
  if (skpStatus === undefined) throw new Error('this action needs the SKP status in its context');
  if (skpStatus !== 'DISETUJUI') throw new SkpNotApprovedError(skpStatus);
}

function ratingsOf(appraisal: Appraisal, action: AppraisalActionType) {
  const { hasilKerja, perilakuKerja } = appraisal;
  if (hasilKerja === undefined || perilakuKerja === undefined) {
    throw new AppraisalNotRatedError(action);
  }
  return { hasilKerja, perilakuKerja };
}

function deadlineOf(appraisal: Appraisal): Date {
  // Set together with the predikat; an appraisal without one has no window to speak of.
  if (appraisal.objectionDeadline === undefined) throw new AppraisalNotRatedError('OBJECT');
  return appraisal.objectionDeadline;
}
