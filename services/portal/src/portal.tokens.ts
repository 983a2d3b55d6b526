/** Injection token of the validated PortalConfig. */
export const PORTAL_CONFIG = Symbol('PORTAL_CONFIG');
