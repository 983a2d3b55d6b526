import { UnauthenticatedError } from './auth-errors';
import { isRole, type Role } from './roles';

/** The caller of an HTTP request, taken from a verified bearer token. */
export interface Principal {
  /** User id (`sub`). */
  readonly subject: string;
  /** Employee id (`employee_id`), absent for accounts that are not an employee (e.g. analysts). */
  readonly employeeId?: string;
  /** Agency (instansi) the person belongs to (`agency`). */
  readonly agencyId: string;
  /** Unit (OPD / unit kerja) inside the agency (`unit`). */
  readonly unitId?: string;
  /** Roles (`roles`), never empty. */
  readonly roles: readonly Role[];
}

/**
 * Claim names Jenjang reads from a token. `roles` is an array of role names (a single
 * space-separated string is accepted too, as some identity providers flatten arrays).
 */
export const CLAIMS = {
  subject: 'sub',
  agencyId: 'agency',
  unitId: 'unit',
  employeeId: 'employee_id',
  roles: 'roles',
} as const;

function optionalString(payload: Record<string, unknown>, claim: string): string | undefined {
  const value = payload[claim];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || value.length === 0) {
    throw new UnauthenticatedError('INVALID_CLAIM', { claim });
  }
  return value;
}

function requiredString(payload: Record<string, unknown>, claim: string): string {
  const value = optionalString(payload, claim);
  if (value === undefined) throw new UnauthenticatedError('MISSING_CLAIM', { claim });
  return value;
}

function readRoles(payload: Record<string, unknown>): Role[] {
  const raw = payload[CLAIMS.roles];
  if (raw === undefined || raw === null) {
    throw new UnauthenticatedError('MISSING_CLAIM', { claim: CLAIMS.roles });
  }
  const list: unknown[] = typeof raw === 'string' ? raw.split(' ').filter(Boolean) : [raw].flat();
  if (list.length === 0) throw new UnauthenticatedError('MISSING_CLAIM', { claim: CLAIMS.roles });
  // The offending value is not echoed back: claims may carry personal data.
  if (!list.every(isRole)) throw new UnauthenticatedError('UNKNOWN_ROLE', { claim: CLAIMS.roles });
  return [...new Set(list)];
}

/** Maps verified JWT claims to a principal; throws UnauthenticatedError when a claim is wrong. */
export function principalFromClaims(payload: Record<string, unknown>): Principal {
  const employeeId = optionalString(payload, CLAIMS.employeeId);
  const unitId = optionalString(payload, CLAIMS.unitId);
  return {
    subject: requiredString(payload, CLAIMS.subject),
    agencyId: requiredString(payload, CLAIMS.agencyId),
    roles: readRoles(payload),
    ...(employeeId === undefined ? {} : { employeeId }),
    ...(unitId === undefined ? {} : { unitId }),
  };
}

/** The claims a token for this principal carries (inverse of principalFromClaims). */
export function claimsFromPrincipal(principal: Principal): Record<string, unknown> {
  return {
    [CLAIMS.subject]: principal.subject,
    [CLAIMS.agencyId]: principal.agencyId,
    [CLAIMS.roles]: [...principal.roles],
    ...(principal.employeeId === undefined ? {} : { [CLAIMS.employeeId]: principal.employeeId }),
    ...(principal.unitId === undefined ? {} : { [CLAIMS.unitId]: principal.unitId }),
  };
}
