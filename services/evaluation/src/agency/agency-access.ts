import { canAccessAgency, type AgencyAccess, type Principal } from '@jenjang/auth';
import type { BilingualText } from '@jenjang/domain-kernel';
import { agencyScope, NotFoundError, type AgencyScope } from '@jenjang/persistence';

/**
 * The scope of the agency named in the route, if the caller may `access` it: their own agency,
 * any agency for ADMIN_PROVINSI, and any agency for reads by ANALIS. The global AuthGuard has
 * already answered 403 (OTHER_AGENCY) to anyone else before the body was read; this second check
 * (a 404, as for data that does not exist) keeps the service safe if a route is ever mounted
 * without the `:agencyId` parameter the guard looks for.
 */
export function agencyScopeFor(
  principal: Principal,
  agencyId: string,
  access: AgencyAccess,
  what: BilingualText,
  id: string = agencyId,
): AgencyScope {
  if (!canAccessAgency(principal, agencyId, access)) throw new NotFoundError(what, id);
  return agencyScope(agencyId);
}
