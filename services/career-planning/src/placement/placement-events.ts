import { employeePlacedV1 } from '@jenjang/contracts';
import { sourceOf, stageEvent } from '@jenjang/messaging';
import type { OutboxEntry } from '@jenjang/persistence';
import { deterministicId } from '../shared/deterministic-id';
import type { Placement } from './placement.repository';

/** The employee-placed event of one revision of a placement (id deterministic per revision). */
export function employeePlaced(p: Placement, at: Date): OutboxEntry {
  return stageEvent(
    employeePlacedV1,
    {
      id: deterministicId('employee-placed', p.id, String(p.revision)),
      time: at,
      data: {
        placementId: p.id,
        revision: p.revision,
        employeeId: p.employeeId,
        agencyId: p.agencyId,
        unitId: p.unitId,
        position: { ...p.position },
        superiorEmployeeId: p.superiorEmployeeId,
        validFrom: p.validFrom,
        validTo: p.validTo,
        move: p.move,
        ...(p.employmentType ? { employmentType: p.employmentType } : {}),
        placedAt: at.toISOString(),
      },
    },
    sourceOf('career-planning'),
  );
}
