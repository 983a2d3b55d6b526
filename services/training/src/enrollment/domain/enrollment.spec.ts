import { unreadableFragment } from '@jenjang/contracts';
import {
  ENROLLMENT_STATUSES,
  EnrollmentStateError,
  NotStartedError,
  transition,
} from './enrollment';

const now = new Date('2026-03-01T02:00:00Z');
const started = { now, startsAt: new Date('2026-02-27T01:00:00Z') };
const future = { now, startsAt: new Date('2026-04-01T01:00:00Z') };

describe('transition', () => {
  it('should complete a training that is being attended', () => {
    expect(transition('ATTENDING', 'COMPLETE', started)).toBe('COMPLETED');
  });

  it('should refuse to complete a training whose session has not started', () => {
    expect(() => transition('ENROLLED', 'COMPLETE', future)).toThrow(NotStartedError);
  });

  it('should refuse to complete what is still waiting for approval', () => {
    expect(() => transition('PENDING_APPROVAL', 'COMPLETE', started)).toThrow(EnrollmentStateError);
  });

  it('should refuse to complete twice', () => {
    expect(() => transition('COMPLETED', 'COMPLETE', started)).toThrow(EnrollmentStateError);
  });

  it('should let the superior approve a pending enrollment', () => {
    expect(transition('PENDING_APPROVAL', 'APPROVE', future)).toBe('ENROLLED');
  });
});

describe(EnrollmentStateError.name, () => {
  it.each(ENROLLMENT_STATUSES)(
    'should explain a refused step in words, without codes, when the enrollment is %s',
    (status) => {
      for (const action of ['APPROVE', 'REJECT', 'ATTEND', 'COMPLETE', 'CANCEL'] as const) {
        const { detail: message } = new EnrollmentStateError(action, status);
        expect(unreadableFragment(message.id)).toBeNull();
        expect(unreadableFragment(message.en)).toBeNull();
      }
    },
  );

  it('should say attendance waits for approval when the enrollment is pending', () => {
    expect(new EnrollmentStateError('ATTEND', 'PENDING_APPROVAL').detail.id).toBe(
      'Tidak dapat mencatat kehadiran pada pendaftaran ini karena masih menunggu persetujuan atasan.',
    );
  });
});
