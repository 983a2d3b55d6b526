import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import {
  accessForMethod,
  assertAgencyAccess,
  hasAnyRole,
  PRINCIPAL_REQUEST_KEY,
  type AgencyAccess,
  type Principal,
  type Role,
  UnauthenticatedError,
} from '@jenjang/auth';
import { DomainError } from '@jenjang/domain-kernel';
import {
  agencyScope,
  provinceScope,
  type AgencyScope,
  type AuditActor,
} from '@jenjang/persistence';

/** The route parameter that names the agency (`/agencies/:agencyId/…`), as the AuthGuard reads it. */
export const AGENCY_PATH_PARAM = 'agencyId';

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

/**
 * Who calls and in which agency, resolved once at the edge (`@CurrentScope()`) and handed to the
 * services, which no longer work it out from the Principal. The agency is the route's `:agencyId`
 * when the path names one (the AuthGuard has already refused a caller who may not reach it, and
 * it is checked again here), otherwise the caller's own. Relationships (superior, atasan penilai)
 * stay each service's rule: they need the org chart of the record at hand.
 */
export interface RequestScope {
  readonly principal: Principal;
  /** The agency the request acts in. */
  readonly agencyId: string;
  /** True when the path named the agency, false when it is the caller's own from the token. */
  readonly agencyFromPath: boolean;
  /** GET/HEAD read, everything else writes. */
  readonly access: AgencyAccess;
  /** The store scope of `agencyId`: writes, and reads of that agency. */
  readonly agency: AgencyScope;
  /**
   * The store scope of what the caller may read: the named agency when the path has one; else the
   * whole province for ADMIN_PROVINSI and ANALIS, and the caller's agency for everyone else.
   */
  readonly reach: AgencyScope;
  /** Who made a change, for audit trails: subject and roles, no personal data. */
  readonly actor: AuditActor;
  /** The caller's employee id; undefined for accounts that are not employees (e.g. analysts). */
  readonly employeeId: string | undefined;
  /** The caller's employee id, or 403 EMPLOYEE_IDENTITY_REQUIRED. */
  self(): string;
  /** Whether the caller has one of `roles`. */
  has(...roles: Role[]): boolean;
}

const PROVINCE_READERS: readonly Role[] = ['ADMIN_PROVINSI', 'ANALIS'];

/** Resolves the scope of a request from its verified principal, method and route parameters. */
export function requestScopeOf(
  principal: Principal,
  request: { readonly method: string; readonly params?: Record<string, string | undefined> },
): RequestScope {
  const access = accessForMethod(request.method);
  const named = request.params?.[AGENCY_PATH_PARAM];
  if (named) assertAgencyAccess(principal, named, access);
  const agencyId = named || principal.agencyId;
  const agency = agencyScope(agencyId);
  const reach =
    !named && hasAnyRole(principal.roles, PROVINCE_READERS)
      ? provinceScope(`${principal.roles.join(',')} reads province-wide`)
      : agency;
  return {
    principal,
    agencyId,
    agencyFromPath: Boolean(named),
    access,
    agency,
    reach,
    actor: { subject: principal.subject, roles: [...principal.roles] },
    employeeId: principal.employeeId,
    self(): string {
      if (!principal.employeeId) throw new EmployeeIdentityRequiredError();
      return principal.employeeId;
    },
    has: (...roles: Role[]) => hasAnyRole(principal.roles, roles),
  };
}

const SCOPE_REQUEST_KEY = Symbol('jenjang.requestScope');

interface ScopedRequest {
  readonly method: string;
  readonly params?: Record<string, string | undefined>;
  [PRINCIPAL_REQUEST_KEY]?: Principal;
  [SCOPE_REQUEST_KEY]?: RequestScope;
}

/** The caller's RequestScope, resolved once per request (after the global AuthGuard). */
export const CurrentScope = createParamDecorator(
  (_data: unknown, context: ExecutionContext): RequestScope => {
    const request = context.switchToHttp().getRequest<ScopedRequest>();
    const principal = request[PRINCIPAL_REQUEST_KEY];
    if (!principal) throw new UnauthenticatedError('MISSING_TOKEN');
    request[SCOPE_REQUEST_KEY] ??= requestScopeOf(principal, request);
    return request[SCOPE_REQUEST_KEY];
  },
);
