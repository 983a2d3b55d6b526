import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { employeePlacedV1, type EmployeePlacedV1, type EventEnvelope } from '@jenjang/contracts';
import { NonRetryableError, OnEvent } from '@jenjang/messaging';
import { OrgChartRepository } from './org-chart.repository';

/** Placements from career planning keep the service's copy of the org chart current. */
@Controller()
export class OrgChartConsumer {
  constructor(private readonly chart: OrgChartRepository) {}

  @OnEvent(employeePlacedV1)
  async onEmployeePlaced(@Payload() event: EventEnvelope<EmployeePlacedV1>): Promise<void> {
    const d = event.data;
    if (event.agency !== d.agencyId || event.subject !== d.employeeId) {
      throw new NonRetryableError(
        `ce_agency/ce_subject (${event.agency}/${event.subject}) differ from agencyId/employeeId of the data`,
      );
    }
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
    });
  }
}
