// Every tenant query names its agency. A scope is made once at the edge (from the caller's
// principal) and handed down; repositories take it as their first argument, so forgetting the
// agency does not compile, and the schema plugin refuses it at run time too.
declare const scopeBrand: unique symbol;

export type AgencyScope =
  | { readonly kind: 'agency'; readonly agencyId: string; readonly [scopeBrand]: true }
  | { readonly kind: 'province'; readonly reason: string; readonly [scopeBrand]: true };

export function agencyScope(agencyId: string): AgencyScope {
  if (!agencyId) throw new Error('agencyScope needs an agency id');
  return { kind: 'agency', agencyId } as AgencyScope;
}

/** Province-wide access (BKD, analytics, system jobs such as the outbox relay). Say why. */
export function provinceScope(reason: string): AgencyScope {
  return { kind: 'province', reason } as AgencyScope;
}

export const CROSS_TENANT_OPTION = 'crossTenant';
