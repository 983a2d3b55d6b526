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

export class EnrollmentStateError extends DomainError {
  readonly code = 'ENROLLMENT_STATE';
  constructor(action: EnrollmentAction, status: EnrollmentStatus) {
    super(
      {
        en: `Cannot ${action.toLowerCase()} an enrollment that is ${status}.`,
        id: `Tidak dapat melakukan ${action.toLowerCase()} pada pendaftaran berstatus ${status}.`,
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
