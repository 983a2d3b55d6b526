import { CanActivate, ExecutionContext, Inject, Injectable, Optional } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { accessForMethod, assertAgencyAccess } from './agency-access';
import { ForbiddenRoleError } from './auth-errors';
import { AUTH_OPTIONS, IS_PUBLIC_KEY, PRINCIPAL_REQUEST_KEY, ROLES_KEY } from './auth.constants';
import { DEFAULT_AGENCY_PARAM, type AuthOptions } from './auth-options';
import { authRequest } from './auth-request';
import { JwtVerifier } from './jwt-verifier';
import { hasAnyRole, type Role } from './roles';

/**
 * Global guard: every HTTP route needs a valid bearer token unless marked @Public(), and the
 * roles of @Roles(). A route whose path names an agency (`:agencyId`) is scoped to it here, before
 * any body is parsed or validated, so another agency's caller learns nothing (not even that the
 * body was wrong). Kafka handlers (rpc context) are not HTTP callers and pass through: the broker
 * authenticates them.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(JwtVerifier) private readonly verifier: JwtVerifier,
    @Optional() @Inject(AUTH_OPTIONS) private readonly options?: AuthOptions,
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
    const agencyId = request.params?.[this.options?.agencyParam ?? DEFAULT_AGENCY_PARAM];
    if (agencyId) assertAgencyAccess(principal, agencyId, accessForMethod(request.method));
    return true;
  }
}
