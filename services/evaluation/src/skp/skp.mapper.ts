import type { AuditEntry } from '@jenjang/persistence';
import type { SkpDoc } from './skp.schema';

/** An SKP as the service and API see it: no storage fields, no pending events. */
export type Skp = Omit<SkpDoc, '_id' | 'outbox' | 'outboxLease' | 'audit'> & { id: string };

export interface SkpWithAudit {
  skp: Skp;
  audit: AuditEntry[];
}

export function toSkp(doc: SkpDoc): Skp {
  const { _id, outbox: _o, outboxLease: _l, audit: _a, ...rest } = doc;
  return { id: _id, ...rest };
}
