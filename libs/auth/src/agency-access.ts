import { ForbiddenAgencyError } from './auth-errors';
import type { Principal } from './principal';
import { hasAnyRole, PROVINCE_READ_ONLY_ROLES, PROVINCE_WIDE_ROLES } from './roles';

/** What the caller does with the agency's data; reads are GET/HEAD. */
export type AgencyAccess = 'read' | 'write';

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function accessForMethod(method: string): AgencyAccess {
  return READ_METHODS.has(method.toUpperCase()) ? 'read' : 'write';
}

/**
 * A person acts only inside their own agency (DOMAIN.md), unless their role is province-wide:
 * ADMIN_PROVINSI reads and writes everywhere, ANALIS reads everywhere and writes nowhere else.
 * Whether a role may write at all inside its own agency is a role check (@Roles), not this one.
 */
export function assertAgencyAccess(
  principal: Principal,
  agencyId: string,
  access: AgencyAccess = 'write',
): void {
  if (principal.agencyId === agencyId) return;
  if (hasAnyRole(principal.roles, PROVINCE_WIDE_ROLES)) return;
  if (hasAnyRole(principal.roles, PROVINCE_READ_ONLY_ROLES)) {
    if (access === 'read') return;
    throw new ForbiddenAgencyError('READ_ONLY_ROLE', agencyId);
  }
  throw new ForbiddenAgencyError('OTHER_AGENCY', agencyId);
}

/** The same rule as a boolean, for filtering lists. */
export function canAccessAgency(
  principal: Principal,
  agencyId: string,
  access: AgencyAccess = 'write',
): boolean {
  try {
    assertAgencyAccess(principal, agencyId, access);
    return true;
  } catch (error) {
    if (error instanceof ForbiddenAgencyError) return false;
    throw error;
  }
}
