import { Injectable } from '@nestjs/common';
import type { RequestScope } from '@jenjang/platform';
import { NotFoundError } from '@jenjang/persistence';
import type { InboxQueryDto } from './dto/inbox.dto';
import { InboxRepository } from './inbox.repository';

const WHAT = { en: 'notice', id: 'pemberitahuan' };

/** A person's own inbox: the employee id comes from their token, never from the request. */
@Injectable()
export class InboxService {
  constructor(private readonly inbox: InboxRepository) {}

  async list(caller: RequestScope, q: InboxQueryDto) {
    const employeeId = caller.self();
    const scope = caller.agency;
    const filter = q.filter ?? 'ACTIVE';
    const [items, total, unread] = await Promise.all([
      this.inbox.list(scope, employeeId, filter, q.limit ?? 20, q.skip ?? 0),
      this.inbox.countOf(scope, employeeId, filter),
      this.inbox.countOf(scope, employeeId, 'UNREAD'),
    ]);
    return { items, total, unread };
  }

  async unreadCount(caller: RequestScope) {
    const employeeId = caller.self();
    return {
      unread: await this.inbox.countOf(caller.agency, employeeId, 'UNREAD'),
    };
  }

  async mark(caller: RequestScope, id: string, what: 'read' | 'archive') {
    const employeeId = caller.self();
    const field = what === 'read' ? 'readAt' : 'archivedAt';
    const item = await this.inbox.mark(caller.agency, employeeId, id, field, new Date());
    if (!item) throw new NotFoundError(WHAT, id);
    return item;
  }

  async markAllRead(caller: RequestScope) {
    const employeeId = caller.self();
    return {
      marked: await this.inbox.markAllRead(caller.agency, employeeId, new Date()),
    };
  }
}
