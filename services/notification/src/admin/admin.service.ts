import { Injectable } from '@nestjs/common';
import type { Principal } from '@jenjang/auth';
import { NotFoundError } from '@jenjang/persistence';
import { DeliveryDispatcher } from '../delivery/delivery.dispatcher';
import { DeliveryRepository } from '../delivery/delivery.repository';
import { agencyScopeFor } from '../shared/caller';
import { deliveryReport } from './domain/delivery-report';
import type { DeliveryQueryDto } from './dto/delivery-query.dto';

const WHAT = { en: 'notice', id: 'pemberitahuan' };

@Injectable()
export class AdminService {
  constructor(
    private readonly deliveries: DeliveryRepository,
    private readonly dispatcher: DeliveryDispatcher,
  ) {}

  list(principal: Principal, agencyId: string, q: DeliveryQueryDto) {
    const scope = agencyScopeFor(principal, agencyId, 'read');
    return this.deliveries.list(scope, q, q.limit ?? 50, q.skip ?? 0);
  }

  async get(principal: Principal, agencyId: string, id: string) {
    const found = await this.deliveries.get(agencyScopeFor(principal, agencyId, 'read'), id);
    if (!found) throw new NotFoundError(WHAT, id);
    return found;
  }

  async report(principal: Principal, agencyId: string, q: DeliveryQueryDto) {
    const scope = agencyScopeFor(principal, agencyId, 'read');
    return {
      agencyId,
      from: q.from ?? null,
      to: q.to ?? null,
      lines: deliveryReport(await this.deliveries.summaryRows(scope, q)),
    };
  }

  /** Sends a delivered or failed notice again (same text, same id); 404 while it is in flight. */
  async resend(principal: Principal, agencyId: string, id: string) {
    const scope = agencyScopeFor(principal, agencyId, 'write');
    const queued = await this.deliveries.resend(scope, id, new Date());
    if (!queued) throw new NotFoundError(WHAT, id);
    this.dispatcher.sweep();
    return queued;
  }
}
