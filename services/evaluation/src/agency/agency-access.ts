import { canAccessAgency, type AgencyAccess, type Principal } from '@jenjang/auth';
import type { BilingualText } from '@jenjang/domain-kernel';
import { agencyScope, NotFoundError, type AgencyScope } from '@jenjang/persistence';

/**
 * The scope of the agency named in the route, if the caller may `access` it: their own agency,
 * any agency for ADMIN_PROVINSI, and any agency for reads by ANALIS. Anyone else gets a 404 like
 * for data that does not exist, so that a caller cannot learn what another agency has
 * configured (the route's roles, checked before, still answer 403 for a missing role).
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
