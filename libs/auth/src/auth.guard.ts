import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ForbiddenRoleError } from './auth-errors';
import { IS_PUBLIC_KEY, PRINCIPAL_REQUEST_KEY, ROLES_KEY } from './auth.constants';
import { authRequest } from './auth-request';
import { JwtVerifier } from './jwt-verifier';
import { hasAnyRole, type Role } from './roles';

/**
 * Global guard: every HTTP route needs a valid bearer token unless marked @Public(), and the
 * roles of @Roles(). Kafka handlers (rpc context) are not HTTP callers and pass through: the
 * broker authenticates them.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(JwtVerifier) private readonly verifier: JwtVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC_KEY, targets)) return true;

    const request = authRequest(context);
    const principal = await this.verifier.verifyAuthorization(request.headers.authorization);
    request[PRINCIPAL_REQUEST_KEY] = principal;

    const required = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (required && required.length > 0 && !hasAnyRole(principal.roles, required)) {
      throw new ForbiddenRoleError(required);
    }
    return true;
  }
}
