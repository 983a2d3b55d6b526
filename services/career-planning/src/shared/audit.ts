import { auditEntry, type AuditActor, type AuditEntry } from '@jenjang/persistence';

/** The actor of changes made by an event handler or a system job, not a person. */
export const SYSTEM_ACTOR: AuditActor = { subject: 'system:career-planning', roles: [] };

export function audit(
  by: AuditActor,
  action: string,
  before?: unknown,
  after?: unknown,
): AuditEntry {
  return auditEntry(by, action, { before, after });
}
