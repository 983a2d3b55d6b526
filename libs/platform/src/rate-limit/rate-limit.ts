import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import {
  ThrottlerGuard,
  type ThrottlerLimitDetail,
  type ThrottlerModuleOptions,
  type ThrottlerOptions,
  type ThrottlerRequest,
} from '@nestjs/throttler';
import type { Request, Response } from 'express';
import type { Observable } from 'rxjs';
import { PRINCIPAL_REQUEST_KEY, type Principal } from '@jenjang/auth';
import { DomainError } from '@jenjang/domain-kernel';

/** Requests per window for one client address and for one signed-in person (0 turns it off). */
export interface RateLimits {
  readonly windowSeconds: number;
  readonly perAddress: number;
  readonly perPrincipal: number;
}

export const DEFAULT_RATE_LIMITS: RateLimits = {
  windowSeconds: 60,
  perAddress: 3000,
  perPrincipal: 1200,
};

export const ADDRESS_THROTTLER = 'address';
export const PRINCIPAL_THROTTLER = 'principal';

/** Operational routes probes and scrapers call often; they are never limited. */
export const UNLIMITED_PATHS = /^\/(health\/(live|ready)|metrics)(\/|$)/;

/** The throttlers the module runs: the ones whose limit is not 0. */
export function throttlerOptions(limits: RateLimits): ThrottlerModuleOptions {
  const ttl = limits.windowSeconds * 1000;
  const throttlers: ThrottlerOptions[] = [];
  if (limits.perAddress > 0) {
    throttlers.push({ name: ADDRESS_THROTTLER, ttl, limit: limits.perAddress });
  }
  if (limits.perPrincipal > 0) {
    throttlers.push({ name: PRINCIPAL_THROTTLER, ttl, limit: limits.perPrincipal });
  }
  // One key per client and window, whatever the route: a limit on the caller, not on a route.
  return { throttlers, generateKey: (_ctx, tracker, name) => `${name}:${tracker}` };
}

export class RateLimitedError extends DomainError {
  readonly code = 'RATE_LIMITED';
  constructor(readonly retryAfterSeconds: number) {
    super(
      {
        en: `Too many requests; try again in ${retryAfterSeconds} s.`,
        id: `Terlalu banyak permintaan; coba lagi dalam ${retryAfterSeconds} detik.`,
      },
      { status: 429 },
    );
  }
}

const pathOf = (req: Request) => (req.originalUrl ?? req.url ?? '').split('?')[0] ?? '';

/**
 * The shared part: one named throttler per guard, the answer a 429 problem with `Retry-After`
 * (seconds) instead of the library's `Retry-After-<name>` and plain text.
 */
abstract class NamedThrottlerGuard extends ThrottlerGuard {
  protected abstract readonly throttlerName: string;

  protected override shouldSkip(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return Promise.resolve(true);
    return Promise.resolve(
      UNLIMITED_PATHS.test(pathOf(context.switchToHttp().getRequest<Request>())),
    );
  }

  protected override handleRequest(request: ThrottlerRequest): Promise<boolean> {
    if (request.throttler.name !== this.throttlerName) return Promise.resolve(true);
    return super.handleRequest(request);
  }

  protected override throwThrottlingException(
    context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    const seconds = Math.max(1, Math.ceil(detail.timeToBlockExpire));
    const res = context.switchToHttp().getResponse<Response>();
    res.removeHeader(`Retry-After-${this.throttlerName}`);
    res.setHeader('Retry-After', String(seconds));
    throw new RateLimitedError(seconds);
  }
}

/** Per client address, before authentication: a flood of bad tokens is limited too. */
@Injectable()
export class AddressRateLimitGuard extends NamedThrottlerGuard {
  protected readonly throttlerName = ADDRESS_THROTTLER;

  protected override getTracker(req: Record<string, unknown>): Promise<string> {
    const r = req as unknown as Request;
    return Promise.resolve(r.ip ?? r.socket?.remoteAddress ?? 'unknown');
  }
}

/** Per signed-in person (agency and subject), after the guards have authenticated them. */
@Injectable()
export class PrincipalRateLimitGuard extends NamedThrottlerGuard {
  protected readonly throttlerName = PRINCIPAL_THROTTLER;

  protected override async shouldSkip(context: ExecutionContext): Promise<boolean> {
    if (await super.shouldSkip(context)) return true;
    return principalFrom(context) === undefined;
  }

  protected override getTracker(req: Record<string, unknown>): Promise<string> {
    const p = req[PRINCIPAL_REQUEST_KEY] as Principal;
    return Promise.resolve(`${p.agencyId}:${p.subject}`);
  }
}

function principalFrom(context: ExecutionContext): Principal | undefined {
  return context.switchToHttp().getRequest<Record<string, Principal | undefined>>()[
    PRINCIPAL_REQUEST_KEY
  ];
}

/**
 * Interceptors run after every guard, so the principal is known here whatever order the global
 * guards were registered in: the per-person limit is checked before the handler does any work.
 */
@Injectable()
export class PrincipalRateLimitInterceptor implements NestInterceptor {
  constructor(private readonly guard: PrincipalRateLimitGuard) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    await this.guard.canActivate(context);
    return next.handle();
  }
}
