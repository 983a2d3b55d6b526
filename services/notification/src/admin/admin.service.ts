import { Injectable } from '@nestjs/common';
import type { RequestScope } from '@jenjang/platform';
import { NotFoundError } from '@jenjang/persistence';
import { DeliveryDispatcher } from '../delivery/delivery.dispatcher';
import { DeliveryRepository } from '../delivery/delivery.repository';
import { deliveryReport } from './domain/delivery-report';
import type { DeliveryQueryDto } from './dto/delivery-query.dto';

const WHAT = { en: 'notice', id: 'pemberitahuan' };

@Injectable()
export class AdminService {
  constructor(
    private readonly deliveries: DeliveryRepository,
    private readonly dispatcher: DeliveryDispatcher,
  ) {}

  list(caller: RequestScope, q: DeliveryQueryDto) {
    const scope = caller.agency;
    return this.deliveries.list(scope, q, q.limit ?? 50, q.skip ?? 0);
  }

  async get(caller: RequestScope, id: string) {
    const found = await this.deliveries.get(caller.agency, id);
    if (!found) throw new NotFoundError(WHAT, id);
    return found;
  }

  async report(caller: RequestScope, q: DeliveryQueryDto) {
    const scope = caller.agency;
    return {
      agencyId: caller.agencyId,
      from: q.from ?? null,
      to: q.to ?? null,
      lines: deliveryReport(await this.deliveries.summaryRows(scope, q)),
    };
  }

  /** Sends a delivered or failed notice again (same text, same id); 404 while it is in flight. */
  async resend(caller: RequestScope, id: string) {
    const scope = caller.agency;
    const queued = await this.deliveries.resend(scope, id, new Date());
    if (!queued) throw new NotFoundError(WHAT, id);
    this.dispatcher.sweep();
    return queued;
  }
}
