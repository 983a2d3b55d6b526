export const AUTH_OPTIONS = Symbol('jenjang.auth.options');
export const IS_PUBLIC_KEY = 'jenjang:auth:public';
export const ROLES_KEY = 'jenjang:auth:roles';
export const AGENCY_SCOPE_KEY = 'jenjang:auth:agency-scope';
/** Property of the HTTP request where AuthGuard puts the verified principal. */
export const PRINCIPAL_REQUEST_KEY = 'principal';
