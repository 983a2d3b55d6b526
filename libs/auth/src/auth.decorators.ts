import { applyDecorators, createParamDecorator, SetMetadata, UseGuards } from '@nestjs/common';
import type { ExecutionContext } from '@nestjs/common';
import { AgencyScopeGuard } from './agency-scope.guard';
import { AGENCY_SCOPE_KEY, IS_PUBLIC_KEY, ROLES_KEY } from './auth.constants';
import { authRequest, requirePrincipal } from './auth-request';
import type { Role } from './roles';

/** No token needed: health, metrics and API docs routes. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC_KEY, true);

/** The caller needs at least one of these roles. A handler's list replaces its class's. */
export const Roles = (...roles: Role[]): MethodDecorator & ClassDecorator =>
  SetMetadata(ROLES_KEY, roles);

export interface AgencyScopeMetadata {
  readonly param?: string;
}

/**
 * The route's agency parameter (`:agencyId` unless `param` or the module's `agencyParam` says
 * otherwise) must be the caller's agency, unless the role is province-wide (see
 * assertAgencyAccess). GET/HEAD count as reads.
 */
export const AgencyScoped = (param?: string): MethodDecorator & ClassDecorator =>
  applyDecorators(
    SetMetadata(AGENCY_SCOPE_KEY, { param } satisfies AgencyScopeMetadata),
    UseGuards(AgencyScopeGuard),
  );

/** The verified caller. Throws UnauthenticatedError on a @Public() route without a principal. */
export const CurrentPrincipal = createParamDecorator((_data: unknown, context: ExecutionContext) =>
  requirePrincipal(authRequest(context)),
);
