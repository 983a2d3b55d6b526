import { type Principal } from '@jenjang/auth';
import { DomainError } from '@jenjang/domain-kernel';
import { agencyScope, provinceScope, type AgencyScope } from '@jenjang/persistence';

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

/** The employee id of the caller; refused for accounts that are not an employee. */
export function employeeOf(principal: Principal): string {
  if (!principal.employeeId) throw new EmployeeIdentityRequiredError();
  return principal.employeeId;
}

export const hasRole = (p: Principal, ...roles: string[]): boolean =>
  p.roles.some((r) => roles.includes(r));

/** Agency admins, the province BKD and analysts may read every record of their reach. */
export function readsAll(principal: Principal): boolean {
  return hasRole(principal, 'ADMIN_INSTANSI', 'ADMIN_PROVINSI', 'ANALIS');
}

/** What the caller may read: their agency, or the whole province for BKD and analysts. */
export function readScope(principal: Principal): AgencyScope {
  return hasRole(principal, 'ADMIN_PROVINSI', 'ANALIS')
    ? provinceScope(`${principal.roles.join(',')} reads province-wide`)
    : agencyScope(principal.agencyId);
}

/** Changes happen inside the caller's own agency. */
export function writeScope(principal: Principal): AgencyScope {
  return agencyScope(principal.agencyId);
}
