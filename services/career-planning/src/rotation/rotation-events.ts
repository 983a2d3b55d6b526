import { rotationDecidedV1, rotationProposedV1 } from '@jenjang/contracts';
import { sourceOf, stageEvent } from '@jenjang/messaging';
import type { OutboxEntry } from '@jenjang/persistence';
import { deterministicId } from '../shared/deterministic-id';
import type { RotationDoc } from './rotation.schema';

const SOURCE = sourceOf('career-planning');
type R = Omit<RotationDoc, 'outbox' | 'outboxLease' | 'audit'>;
const post = (p: R['to']) => ({
  id: p.id,
  name: p.name,
  group: p.group,
  grade: p.grade,
  unitId: p.unitId,
});

export function rotationProposed(r: R): OutboxEntry {
  return stageEvent(
    rotationProposedV1,
    {
      id: deterministicId('rotation-proposed', r._id),
      time: r.proposedAt,
      data: {
        rotationId: r._id,
        employeeId: r.employeeId,
        agencyId: r.agencyId,
        superiorEmployeeId: r.superiorEmployeeId,
        triggers: r.triggers,
        tenureYears: r.criteria?.tenureYears ?? 0,
        box: r.box,
        from: post(r.from),
        to: post(r.to),
        closes: r.closes,
        develops: r.develops,
        proposedAt: r.proposedAt.toISOString(),
        link: `/api/v1/rotations/${r._id}`,
      },
    },
    SOURCE,
  );
}

export function rotationDecided(r: R, at: Date): OutboxEntry {
  return stageEvent(
    rotationDecidedV1,
    {
      id: deterministicId('rotation-decided', r._id),
      time: at,
      data: {
        rotationId: r._id,
        employeeId: r.employeeId,
        agencyId: r.agencyId,
        decision: r.status === 'APPROVED' ? 'APPROVED' : 'REJECTED',
        employeeAnswer: r.employeeAnswer?.answer ?? 'NO_ANSWER',
        objection: r.employeeAnswer?.objection ?? null,
        to: post(r.to),
        effectiveDate: r.effectiveDate,
        placementId: r.placementId,
        decidedAt: at.toISOString(),
        link: `/api/v1/rotations/${r._id}`,
      },
    },
    SOURCE,
  );
}
