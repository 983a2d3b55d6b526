import { Injectable } from '@nestjs/common';
import type { Principal } from '@jenjang/auth';
import { agencyScope, NotFoundError } from '@jenjang/persistence';
import { ownEmployeeId } from '../shared/caller';
import type { InboxQueryDto } from './dto/inbox.dto';
import { InboxRepository } from './inbox.repository';

const WHAT = { en: 'notice', id: 'pemberitahuan' };

/** A person's own inbox: the employee id comes from their token, never from the request. */
@Injectable()
export class InboxService {
  constructor(private readonly inbox: InboxRepository) {}

  async list(principal: Principal, q: InboxQueryDto) {
    const employeeId = ownEmployeeId(principal);
    const scope = agencyScope(principal.agencyId);
    const filter = q.filter ?? 'ACTIVE';
    const [items, total, unread] = await Promise.all([
      this.inbox.list(scope, employeeId, filter, q.limit ?? 20, q.skip ?? 0),
      this.inbox.countOf(scope, employeeId, filter),
      this.inbox.countOf(scope, employeeId, 'UNREAD'),
    ]);
    return { items, total, unread };
  }

  async unreadCount(principal: Principal) {
    const employeeId = ownEmployeeId(principal);
    return {
      unread: await this.inbox.countOf(agencyScope(principal.agencyId), employeeId, 'UNREAD'),
    };
  }

  async mark(principal: Principal, id: string, what: 'read' | 'archive') {
    const employeeId = ownEmployeeId(principal);
    const field = what === 'read' ? 'readAt' : 'archivedAt';
    const item = await this.inbox.mark(
      agencyScope(principal.agencyId),
      employeeId,
      id,
      field,
      new Date(),
    );
    if (!item) throw new NotFoundError(WHAT, id);
    return item;
  }

  async markAllRead(principal: Principal) {
    const employeeId = ownEmployeeId(principal);
    return {
      marked: await this.inbox.markAllRead(agencyScope(principal.agencyId), employeeId, new Date()),
    };
  }
}
