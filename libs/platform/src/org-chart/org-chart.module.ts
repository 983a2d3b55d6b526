import { Module } from '@nestjs/common';
import { OrgChartConsumer } from './org-chart.consumer';
import { OrgChartRepository } from './org-chart.repository';

/**
 * The org chart a service checks relationships against (who is whose superior today), kept from
 * career planning's `employee-placed` events in the service's own store: no call to another
 * service. Inject `OrgChartRepository` (an `OrgChart`) and use `relationshipOf` from
 * `@jenjang/auth`.
 */
@Module({
  controllers: [OrgChartConsumer],
  providers: [OrgChartRepository],
  exports: [OrgChartRepository],
})
export class OrgChartModule {}
