import { canAccessAgency, type AgencyAccess, type Principal } from '@jenjang/auth';
import { DomainError } from '@jenjang/domain-kernel';
import { agencyScope, NotFoundError, type AgencyScope } from '@jenjang/persistence';

export class EmployeeIdentityRequiredError extends DomainError {
  readonly code = 'EMPLOYEE_IDENTITY_REQUIRED';
  constructor() {
    super(
      {
        en: 'This action needs a token that names your employee id (employee_id).',
        id: 'Tindakan ini memerlukan token yang memuat ID pegawai Anda (employee_id).',
      },
      { status: 403 },
    );
  }
}

/** The caller's own employee id (their inbox and preferences). */
export function ownEmployeeId(principal: Principal): string {
  if (!principal.employeeId) throw new EmployeeIdentityRequiredError();
  return principal.employeeId;
}

/**
 * The scope of the agency named in the route if the caller may `access` it; a 404 otherwise, so
 * that nobody learns what another agency has configured.
 */
export function agencyScopeFor(
  principal: Principal,
  agencyId: string,
  access: AgencyAccess,
): AgencyScope {
  if (!canAccessAgency(principal, agencyId, access)) {
    throw new NotFoundError({ en: 'agency', id: 'instansi' }, agencyId);
  }
  return agencyScope(agencyId);
}
