import {
  CallHandler,
  ExecutionContext,
  Inject,
  Injectable,
  Logger,
  NestInterceptor,
  OnModuleInit,
  Optional,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Connection } from 'mongoose';
import { defer, from, lastValueFrom, mergeMap, type Observable, of } from 'rxjs';
import { PRINCIPAL_REQUEST_KEY, type Principal } from '@jenjang/auth';
import { MONGO_CONNECTION } from '@jenjang/persistence';
import { IdempotencyKeyMissingError } from './idempotency-errors';
import { idempotencyRecordId, parseIdempotencyKey, requestFingerprint } from './idempotency-key';
import {
  DEFAULT_IDEMPOTENCY_LOCK_SECONDS,
  DEFAULT_IDEMPOTENCY_TTL_SECONDS,
  IDEMPOTENCY_OPTIONS,
  IDEMPOTENT_KEY,
  IDEMPOTENT_REPLAYED_HEADER,
  type IdempotencyModuleOptions,
  type IdempotentOptions,
} from './idempotency.options';
import {
  IDEMPOTENCY_COLLECTION,
  type IdempotencyRecord,
  IdempotencyStore,
  type StoredResponse,
} from './idempotency.store';

// The few request and response fields used here; keeps the lib free of express types.
interface IdempotentRequest {
  readonly method: string;
  readonly url?: string;
  readonly originalUrl?: string;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body?: unknown;
  readonly query?: unknown;
  readonly [PRINCIPAL_REQUEST_KEY]?: Principal;
}

interface IdempotentResponse {
  statusCode: number;
  setHeader(name: string, value: string): unknown;
  getHeader(name: string): unknown;
}

const ANONYMOUS = 'anonymous';

interface Claim {
  readonly id: string;
  readonly owner: string;
}

/**
 * The IETF draft "The Idempotency-Key HTTP Header Field" for routes marked @Idempotent(): the
 * first request with a key runs and its answer (status, JSON body, Location) is kept for 24 h;
 * a retry with the same key from the same caller gets that answer with `Idempotent-Replayed:
 * true` instead of a second effect. A thrown error is not kept: the claim is released so that
 * a retry runs again (an error means the effect did not happen, and a 409/422 from the state of
 * the moment should not be pinned for a day).
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor, OnModuleInit {
  private readonly logger = new Logger(IdempotencyInterceptor.name);
  private readonly store: IdempotencyStore;

  constructor(
    private readonly reflector: Reflector,
    @Inject(MONGO_CONNECTION) connection: Connection,
    @Optional() @Inject(IDEMPOTENCY_OPTIONS) options?: IdempotencyModuleOptions,
  ) {
    this.store = new IdempotencyStore(
      connection.collection<IdempotencyRecord>(IDEMPOTENCY_COLLECTION),
      {
        ttlMs: (options?.ttlSeconds ?? DEFAULT_IDEMPOTENCY_TTL_SECONDS) * 1000,
        lockMs: (options?.lockTimeoutSeconds ?? DEFAULT_IDEMPOTENCY_LOCK_SECONDS) * 1000,
      },
    );
  }

  async onModuleInit(): Promise<void> {
    await this.store.ensureIndexes();
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const options = this.reflector.get<IdempotentOptions | undefined>(
      IDEMPOTENT_KEY,
      context.getHandler(),
    );
    if (!options || context.getType() !== 'http') return next.handle();
    const http = context.switchToHttp();
    const request = http.getRequest<IdempotentRequest>();
    const response = http.getResponse<IdempotentResponse>();

    return defer(() => this.begin(request, options)).pipe(
      mergeMap((begun) => {
        if (!begun) return next.handle();
        if ('response' in begun) return of(this.replay(response, begun.response));
        // A promise of our own, so that a client that goes away does not stop the answer
        // from being kept: its retry must find it.
        return from(this.runOnce(next, response, begun));
      }),
    );
  }

  private async begin(
    request: IdempotentRequest,
    options: IdempotentOptions,
  ): Promise<Claim | { response: StoredResponse } | undefined> {
    const key = parseIdempotencyKey(request.headers['idempotency-key']);
    if (key === undefined) {
      if (options.required) throw new IdempotencyKeyMissingError();
      return undefined;
    }
    const principal = request[PRINCIPAL_REQUEST_KEY];
    const id = idempotencyRecordId({
      agencyId: principal?.agencyId ?? ANONYMOUS,
      subject: principal?.subject ?? ANONYMOUS,
      method: request.method,
      path: (request.originalUrl ?? request.url ?? '').split('?')[0] ?? '',
      key,
    });
    const outcome = await this.store.begin(id, requestFingerprint(request.body, request.query));
    return outcome.kind === 'replay'
      ? { response: outcome.response }
      : { id, owner: outcome.owner };
  }

  private async runOnce(
    next: CallHandler,
    response: IdempotentResponse,
    claim: Claim,
  ): Promise<unknown> {
    let value: unknown;
    try {
      value = await lastValueFrom(next.handle(), { defaultValue: undefined });
    } catch (error) {
      await this.store.release(claim.id, claim.owner).catch((releaseError: unknown) => {
        // The claim then ends with its lock timeout.
        this.logger.error({ err: releaseError }, 'could not release an idempotency key');
      });
      throw error;
    }
    const stored = toStored(response, value);
    try {
      if (!(await this.store.complete(claim.id, claim.owner, stored))) {
        this.logger.warn('idempotency key was taken over before the request finished');
      }
    } catch (error) {
      // The effect happened: answer it rather than fail the request.
      this.logger.error({ err: error }, 'could not keep the answer of an idempotent request');
    }
    return value;
  }

  private replay(response: IdempotentResponse, stored: StoredResponse): unknown {
    response.statusCode = stored.status;
    response.setHeader(IDEMPOTENT_REPLAYED_HEADER, 'true');
    if (stored.location !== undefined) response.setHeader('Location', stored.location);
    return stored.body === undefined ? undefined : JSON.parse(stored.body);
  }
}

function toStored(response: IdempotentResponse, value: unknown): StoredResponse {
  const body = value === undefined ? undefined : JSON.stringify(value);
  const location = response.getHeader('location');
  return {
    status: response.statusCode,
    ...(body === undefined ? {} : { body }),
    ...(typeof location === 'string' ? { location } : {}),
  };
}
