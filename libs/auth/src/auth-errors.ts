import { AUTH_DETAILS, type BilingualText, type MessageContext } from './auth-messages';
import type { Role } from './roles';

// Typed errors, translated to HTTP once at the edge (authProblem / AuthErrorFilter).

export type UnauthenticatedReason =
  | 'MISSING_TOKEN'
  | 'MALFORMED_HEADER'
  | 'MALFORMED_TOKEN'
  | 'TOKEN_EXPIRED'
  | 'TOKEN_LIFETIME_TOO_LONG'
  | 'TOKEN_NOT_YET_VALID'
  | 'WRONG_ISSUER'
  | 'WRONG_AUDIENCE'
  | 'BAD_SIGNATURE'
  | 'UNKNOWN_KEY'
  | 'ALGORITHM_NOT_ALLOWED'
  | 'MISSING_CLAIM'
  | 'INVALID_CLAIM'
  | 'UNKNOWN_ROLE';

export type ForbiddenAgencyReason = 'OTHER_AGENCY' | 'READ_ONLY_ROLE';

export abstract class AuthError extends Error {
  abstract readonly status: 401 | 403 | 503;
  abstract readonly reason: string;
  /** The detail in both languages; the English one is also the error message. */
  readonly detailText: BilingualText;

  protected constructor(detail: BilingualText, options?: ErrorOptions) {
    super(detail.en, options);
    this.name = new.target.name;
    this.detailText = detail;
  }
}

export class UnauthenticatedError extends AuthError {
  readonly status = 401;

  constructor(
    readonly reason: UnauthenticatedReason,
    readonly context: Pick<MessageContext, 'claim'> = {},
    options?: ErrorOptions,
  ) {
    super(AUTH_DETAILS[reason](context), options);
  }
}

export class ForbiddenRoleError extends AuthError {
  readonly status = 403;
  readonly reason = 'ROLE_REQUIRED';

  constructor(readonly requiredRoles: readonly Role[]) {
    super(AUTH_DETAILS.ROLE_REQUIRED({ roles: requiredRoles }));
  }
}

export class ForbiddenAgencyError extends AuthError {
  readonly status = 403;

  constructor(
    readonly reason: ForbiddenAgencyReason,
    readonly requestedAgencyId: string,
  ) {
    super(AUTH_DETAILS[reason]({}));
  }
}

/** The key set could not be fetched: not the caller's fault, so 503 rather than 401. */
export class AuthUnavailableError extends AuthError {
  readonly status = 503;
  readonly reason = 'KEYS_UNAVAILABLE';

  constructor(options?: ErrorOptions) {
    super(AUTH_DETAILS.KEYS_UNAVAILABLE({}), options);
  }
}

export function isAuthError(error: unknown): error is AuthError {
  return error instanceof AuthError;
}
