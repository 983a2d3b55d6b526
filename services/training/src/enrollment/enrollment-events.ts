import { trainingCompletedV1, trainingEnrolledV1 } from '@jenjang/contracts';
import { sourceOf, stageEvent } from '@jenjang/messaging';
import type { OutboxEntry } from '@jenjang/persistence';
import { deterministicId } from '../shared/domain/ids';
import type { Enrollment } from './enrollment.repository';

const SOURCE = sourceOf('training');

/** enrolled, once per enrollment and status (the event id says so). */
export function enrolledEvent(e: Enrollment, at: Date): OutboxEntry {
  const status = e.status === 'PENDING_APPROVAL' ? 'PENDING_APPROVAL' : 'ENROLLED';
  return stageEvent(
    trainingEnrolledV1,
    {
      id: deterministicId('enrolled', e.id, status),
      data: {
        enrollmentId: e.id,
        employeeId: e.employeeId,
        agencyId: e.agencyId,
        unitId: e.unitId,
        programId: e.programId,
        programTitle: e.programTitle,
        form: e.form,
        jp: e.jp,
        sessionId: e.sessionId,
        startsAt: e.startsAt.toISOString(),
        endsAt: e.endsAt.toISOString(),
        status,
        approverEmployeeId: status === 'PENDING_APPROVAL' ? e.approverEmployeeId : null,
        recommendationId: e.recommendationId,
        enrolledAt: at.toISOString(),
      },
    },
    SOURCE,
  );
}

export function completedEvent(
  e: Enrollment,
  jpEarnedInYear: number,
  jpRequired: number,
): OutboxEntry {
  const c = e.completion!;
  return stageEvent(
    trainingCompletedV1,
    {
      id: c.completionId,
      data: {
        completionId: c.completionId,
        enrollmentId: e.id,
        employeeId: e.employeeId,
        agencyId: e.agencyId,
        unitId: e.unitId,
        programId: e.programId,
        programTitle: e.programTitle,
        form: e.form,
        sessionId: e.sessionId,
        jp: e.jp,
        year: c.year,
        jpEarnedInYear,
        jpRequired,
        completedAt: c.completedAt.toISOString(),
        score: c.score,
        certificateNumber: c.certificateNumber,
        competencies: e.competencies,
        berakhlakValues: e.berakhlakValues,
        recommendationId: e.recommendationId,
      },
    },
    SOURCE,
  );
}
