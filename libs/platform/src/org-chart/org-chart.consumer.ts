import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { employeePlacedV1 } from '@jenjang/contracts';
import { OnEvent, type EventOf } from '@jenjang/messaging';
import { OrgChartRepository } from './org-chart.repository';

/** Placements from career planning keep the service's copy of the org chart current. */
@Controller()
export class OrgChartConsumer {
  constructor(private readonly chart: OrgChartRepository) {}

  @OnEvent(employeePlacedV1)
  async onEmployeePlaced(@Payload() event: EventOf<typeof employeePlacedV1>): Promise<void> {
    const d = event.data;
    await this.chart.record({
      placementId: d.placementId,
      revision: d.revision,
      employeeId: d.employeeId,
      agencyId: d.agencyId,
      unitId: d.unitId,
      position: { id: d.position.id, name: d.position.name, group: d.position.group },
      superiorEmployeeId: d.superiorEmployeeId,
      validFrom: d.validFrom,
      validTo: d.validTo,
      ...(d.employmentType ? { employmentType: d.employmentType } : {}),
    });
  }
}
