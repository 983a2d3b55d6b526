import { timingSafeEqual } from 'node:crypto';
import {
  type CanActivate,
  type ExecutionContext,
  ForbiddenException,
  Inject,
  Injectable,
} from '@nestjs/common';
import type { Request } from 'express';
import type { PortalConfig } from '../config/portal.config';
import { PORTAL_CONFIG } from '../portal.tokens';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Whether a state-changing request carries the session's CSRF token and comes from the portal. */
export function csrfAllowed(
  method: string,
  headers: Record<string, string | string[] | undefined>,
  sessionToken: string | undefined,
  publicOrigin: string,
): boolean {
  if (SAFE.has(method.toUpperCase())) return true;
  const origin = headers.origin;
  if (typeof origin === 'string' && origin !== publicOrigin) return false;
  const sent = headers['x-csrf-token'];
  if (typeof sent !== 'string' || !sessionToken) return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(sessionToken);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * CSRF protection for every change made through the portal: the session cookie is SameSite=Lax
 * and httpOnly, and a change must also echo the per-session token (x-csrf-token, read by the SPA
 * from GET /bff/session) and, when the browser says where it comes from, come from the portal.
 */
@Injectable()
export class CsrfGuard implements CanActivate {
  private readonly origin: string;

  constructor(@Inject(PORTAL_CONFIG) config: PortalConfig) {
    this.origin = new URL(config.publicUrl).origin;
  }

  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<Request>();
    if (csrfAllowed(req.method, req.headers, req.session?.csrf, this.origin)) return true;
    throw new ForbiddenException({
      type: 'urn:jenjang:problem:csrf',
      title: 'Forbidden',
      status: 403,
      code: 'CSRF',
      detail: 'The request is missing the CSRF token of this session.',
      detail_id: 'Permintaan tidak membawa token CSRF sesi ini.',
    });
  }
}
