import {
  type AuthError,
  AuthUnavailableError,
  ForbiddenAgencyError,
  ForbiddenRoleError,
  UnauthenticatedError,
} from './auth-errors';
import { AUTH_TITLES, type BilingualText } from './auth-messages';

/** RFC 9457 problem fields for an auth error, with Indonesian title and detail beside English. */
export interface AuthProblem {
  readonly type: string;
  readonly status: 401 | 403 | 503;
  readonly title: string;
  readonly detail: string;
  readonly title_id: string;
  readonly detail_id: string;
  /** Machine-readable reason, e.g. TOKEN_EXPIRED or OTHER_AGENCY. */
  readonly reason: string;
}

const PROBLEM_TYPE_PREFIX = 'urn:jenjang:problem:';

function kindOf(error: AuthError): { slug: string; title: BilingualText } {
  if (error instanceof UnauthenticatedError) {
    return { slug: 'unauthenticated', title: AUTH_TITLES.unauthenticated };
  }
  if (error instanceof ForbiddenRoleError) {
    return { slug: 'forbidden-role', title: AUTH_TITLES.forbiddenRole };
  }
  if (error instanceof ForbiddenAgencyError) {
    return { slug: 'forbidden-agency', title: AUTH_TITLES.forbiddenAgency };
  }
  if (error instanceof AuthUnavailableError) {
    return { slug: 'auth-unavailable', title: AUTH_TITLES.unavailable };
  }
  return { slug: 'auth', title: AUTH_TITLES.unauthenticated };
}

export function authProblem(error: AuthError): AuthProblem {
  const { slug, title } = kindOf(error);
  return {
    type: `${PROBLEM_TYPE_PREFIX}${slug}`,
    status: error.status,
    title: title.en,
    detail: error.detailText.en,
    title_id: title.id,
    detail_id: error.detailText.id,
    reason: error.reason,
  };
}

/** The WWW-Authenticate header a 401 should carry (RFC 6750), or undefined for other errors. */
export function authChallenge(error: AuthError): string | undefined {
  if (!(error instanceof UnauthenticatedError)) return undefined;
  return error.reason === 'MISSING_TOKEN' ? 'Bearer' : 'Bearer error="invalid_token"';
}
