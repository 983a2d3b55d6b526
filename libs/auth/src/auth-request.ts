import type { ExecutionContext } from '@nestjs/common';
import { UnauthenticatedError } from './auth-errors';
import { PRINCIPAL_REQUEST_KEY } from './auth.constants';
import type { Principal } from './principal';

// The few request fields auth reads; keeps the lib free of express types.
export interface AuthRequest {
  readonly method: string;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly params?: Record<string, string | undefined>;
  [PRINCIPAL_REQUEST_KEY]?: Principal;
}

export function authRequest(context: ExecutionContext): AuthRequest {
  return context.switchToHttp().getRequest<AuthRequest>();
}

export function requirePrincipal(request: AuthRequest): Principal {
  const principal = request[PRINCIPAL_REQUEST_KEY];
  if (!principal) throw new UnauthenticatedError('MISSING_TOKEN');
  return principal;
}
