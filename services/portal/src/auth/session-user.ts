import type { Role } from '@jenjang/auth';
import { isRole } from '@jenjang/auth';

/** The signed-in person as the portal keeps them in the server-side session. */
export interface SessionUser {
  readonly subject: string;
  readonly name: string;
  readonly agencyId: string;
  readonly unitId?: string;
  readonly employeeId?: string;
  readonly roles: readonly Role[];
}

/** What the session holds (express-session's store; the cookie carries only the session id). */
export interface PortalSessionData {
  user?: SessionUser;
  /** CSRF token: sent back by the SPA in the x-csrf-token header on every change. */
  csrf?: string;
  /** The provider's access token, forwarded to the services when PORTAL_SERVICE_TOKENS=oidc. */
  accessToken?: string;
  /** When the access token lapses (epoch ms); it is renewed with the refresh token before. */
  accessTokenExpiresAt?: number;
  refreshToken?: string;
  idToken?: string;
  /** An authorization request in flight (PKCE verifier, state, nonce, where to go back to). */
  login?: { verifier: string; state: string; nonce: string; returnTo: string };
}

declare module 'express-session' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface SessionData extends PortalSessionData {}
}

const str = (v: unknown): string | undefined =>
  typeof v === 'string' && v.length > 0 ? v : undefined;

/** The person from verified ID token claims; undefined when a needed claim is missing. */
export function userFromClaims(claims: Record<string, unknown>): SessionUser | undefined {
  const subject = str(claims.sub);
  const agencyId = str(claims.agency);
  const raw = claims.roles;
  const list: unknown[] = typeof raw === 'string' ? raw.split(' ') : Array.isArray(raw) ? raw : [];
  const roles = list.filter(isRole);
  if (!subject || !agencyId || roles.length === 0) return undefined;
  const unitId = str(claims.unit);
  const employeeId = str(claims.employee_id);
  return {
    subject,
    name: str(claims.name) ?? subject,
    agencyId,
    roles,
    ...(unitId ? { unitId } : {}),
    ...(employeeId ? { employeeId } : {}),
  };
}

/** Only a path of the portal itself: never an open redirect to another site. */
export function safeReturnTo(value: unknown): string {
  return typeof value === 'string' && /^\/(?![/\\])[\w\-/.?=&%]*$/.test(value) ? value : '/';
}
