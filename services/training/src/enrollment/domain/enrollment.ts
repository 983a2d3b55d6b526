import { DomainError } from '@jenjang/domain-kernel';

export const ENROLLMENT_STATUSES = [
  'PENDING_APPROVAL',
  'ENROLLED',
  'ATTENDING',
  'COMPLETED',
  'REJECTED',
  'CANCELLED',
] as const;
export type EnrollmentStatus = (typeof ENROLLMENT_STATUSES)[number];

export type EnrollmentAction = 'APPROVE' | 'REJECT' | 'ATTEND' | 'COMPLETE' | 'CANCEL';

const ALLOWED: Record<EnrollmentAction, readonly EnrollmentStatus[]> = {
  APPROVE: ['PENDING_APPROVAL'],
  REJECT: ['PENDING_APPROVAL'],
  ATTEND: ['ENROLLED'],
  // Completing needs a started training: attended, or enrolled in a session that has begun.
  COMPLETE: ['ATTENDING', 'ENROLLED'],
  CANCEL: ['PENDING_APPROVAL', 'ENROLLED'],
};

const NEXT: Record<EnrollmentAction, EnrollmentStatus> = {
  APPROVE: 'ENROLLED',
  REJECT: 'REJECTED',
  ATTEND: 'ATTENDING',
  COMPLETE: 'COMPLETED',
  CANCEL: 'CANCELLED',
};

// What a person reads: the action as a verb and the status as a state, never the codes.
const ACTION_TEXT: Record<EnrollmentAction, { id: string; en: string }> = {
  APPROVE: { id: 'menyetujui', en: 'approve' },
  REJECT: { id: 'menolak', en: 'reject' },
  ATTEND: { id: 'mencatat kehadiran pada', en: 'record attendance on' },
  COMPLETE: { id: 'menyelesaikan', en: 'complete' },
  CANCEL: { id: 'membatalkan', en: 'cancel' },
};
const STATUS_TEXT: Record<EnrollmentStatus, { id: string; en: string }> = {
  PENDING_APPROVAL: { id: 'masih menunggu persetujuan atasan', en: 'still waiting for approval' },
  ENROLLED: { id: 'sudah terdaftar', en: 'already enrolled' },
  ATTENDING: { id: 'sedang diikuti', en: 'being attended' },
  COMPLETED: { id: 'sudah selesai', en: 'already completed' },
  REJECTED: { id: 'sudah ditolak', en: 'rejected' },
  CANCELLED: { id: 'sudah dibatalkan', en: 'cancelled' },
};

export class EnrollmentStateError extends DomainError {
  readonly code = 'ENROLLMENT_STATE';
  constructor(action: EnrollmentAction, status: EnrollmentStatus) {
    super(
      {
        en: `Cannot ${ACTION_TEXT[action].en} this enrollment: it is ${STATUS_TEXT[status].en}.`,
        id: `Tidak dapat ${ACTION_TEXT[action].id} pendaftaran ini karena ${STATUS_TEXT[status].id}.`,
      },
      { status: 409, field: 'status' },
    );
  }
}

export class NotStartedError extends DomainError {
  readonly code = 'TRAINING_NOT_STARTED';
  constructor() {
    super(
      {
        en: 'This training has not started yet, so it cannot be completed.',
        id: 'Pelatihan ini belum dimulai sehingga belum dapat diselesaikan.',
      },
      { status: 409, field: 'status' },
    );
  }
}

/** The status after `action`, or an error naming why it is not allowed. */
export function transition(
  status: EnrollmentStatus,
  action: EnrollmentAction,
  ctx: { now: Date; startsAt: Date },
): EnrollmentStatus {
  if (!ALLOWED[action].includes(status)) throw new EnrollmentStateError(action, status);
  if (action === 'COMPLETE' && status === 'ENROLLED' && ctx.startsAt > ctx.now) {
    throw new NotStartedError();
  }
  if (action === 'ATTEND' && ctx.startsAt.getTime() - ctx.now.getTime() > 86_400_000) {
    throw new NotStartedError();
  }
  return NEXT[action];
}
