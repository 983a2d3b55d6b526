import { randomUUID } from 'node:crypto';
import { employeePlacedV1, toKafkaHeaders, type EmployeePlacedV1 } from '@jenjang/contracts';
import { produceRaw } from '../kafka';

/** One line of an org chart a test needs: who reports to whom, in which unit and post. */
export interface ChartPlacement {
  readonly agencyId: string;
  readonly employeeId: string;
  readonly superiorEmployeeId: string | null;
  readonly unitId: string;
  readonly position: { readonly id: string; readonly name: string; readonly group: string };
  /** PNS or PPPK; absent: not recorded (read as PNS). */
  readonly employmentType?: 'PNS' | 'PPPK';
}

/**
 * Publishes `employee-placed` for each line, as career planning does, so every service's copy of
 * the org chart learns it through its consumer. One placement per person (the id is the agency
 * and the employee), a newer revision each time: a later call moves the person.
 */
export async function publishPlacements(
  brokers: string[],
  placements: readonly ChartPlacement[],
): Promise<void> {
  const now = new Date();
  await produceRaw(
    brokers,
    employeePlacedV1.topic,
    placements.map((p, i) => {
      const data: EmployeePlacedV1 = {
        placementId: `fixture:${p.agencyId}:${p.employeeId}`,
        revision: now.getTime() * 10 + i,
        employeeId: p.employeeId,
        agencyId: p.agencyId,
        unitId: p.unitId,
        position: {
          id: p.position.id,
          name: p.position.name,
          group: p.position.group as EmployeePlacedV1['position']['group'],
          grade: 8,
        },
        superiorEmployeeId: p.superiorEmployeeId,
        validFrom: '2000-01-01',
        validTo: null,
        move: 'INITIAL',
        ...(p.employmentType ? { employmentType: p.employmentType } : {}),
        placedAt: now.toISOString(),
      };
      return {
        key: p.employeeId,
        value: JSON.stringify(data),
        headers: toKafkaHeaders({
          id: randomUUID(),
          source: '/jenjang/career-planning',
          type: employeePlacedV1.type,
          time: now.toISOString(),
          subject: p.employeeId,
          agency: p.agencyId,
          dataschema: employeePlacedV1.schemaId,
        }),
      };
    }),
  );
}

/** The three lines an SKP needs: the employee under the penilai, under the atasan penilai. */
export function skpChain(plan: {
  agencyId: string;
  employeeId: string;
  penilaiId: string;
  atasanPenilaiId: string;
  unitId: string;
  position: { id: string; name: string; group: string };
}): ChartPlacement[] {
  const at = (employeeId: string, superiorEmployeeId: string | null): ChartPlacement => ({
    agencyId: plan.agencyId,
    employeeId,
    superiorEmployeeId,
    unitId: plan.unitId,
    position: plan.position,
  });
  return [
    at(plan.atasanPenilaiId, null),
    at(plan.penilaiId, plan.atasanPenilaiId),
    at(plan.employeeId, plan.penilaiId),
  ];
}
