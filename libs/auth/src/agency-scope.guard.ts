import { CanActivate, ExecutionContext, Inject, Injectable, Optional } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { accessForMethod, assertAgencyAccess } from './agency-access';
import { AGENCY_SCOPE_KEY, AUTH_OPTIONS } from './auth.constants';
import type { AgencyScopeMetadata } from './auth.decorators';
import { DEFAULT_AGENCY_PARAM, type AuthOptions } from './auth-options';
import { authRequest, requirePrincipal } from './auth-request';

/** Applied by @AgencyScoped(); runs after the global AuthGuard has set the principal. */
@Injectable()
export class AgencyScopeGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Optional() @Inject(AUTH_OPTIONS) private readonly options?: AuthOptions,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const metadata = this.reflector.getAllAndOverride<AgencyScopeMetadata | undefined>(
      AGENCY_SCOPE_KEY,
      [context.getHandler(), context.getClass()],
    );
    const param = metadata?.param ?? this.options?.agencyParam ?? DEFAULT_AGENCY_PARAM;
    const request = authRequest(context);
    const principal = requirePrincipal(request);
    const agencyId = request.params?.[param];
    // A scoped route without the parameter is a wiring bug: fail closed, loudly (500).
    if (!agencyId) throw new Error(`@AgencyScoped() route has no ':${param}' parameter`);
    assertAgencyAccess(principal, agencyId, accessForMethod(request.method));
    return true;
  }
}
