import { applyDecorators, SetMetadata, UseInterceptors } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import { IDEMPOTENCY_HEADER } from './idempotency-errors';
import { IdempotencyInterceptor } from './idempotency.interceptor';
import { IDEMPOTENT_KEY, type IdempotentOptions } from './idempotency.options';

/**
 * Opts a state-changing route (POST, PATCH) into Idempotency-Key handling. Opt-in, not every
 * POST: only a route whose answer is a JSON body can be replayed, and the key is kept in the
 * service's MongoDB (`idempotency` collection), which the app must have (MongoModule; a missing
 * connection fails at boot). Without the header the route behaves as before unless `required`.
 */
export function Idempotent(options: IdempotentOptions = {}): MethodDecorator {
  return applyDecorators(
    SetMetadata(IDEMPOTENT_KEY, options),
    UseInterceptors(IdempotencyInterceptor),
    ApiHeader({
      name: IDEMPOTENCY_HEADER,
      required: options.required ?? false,
      description:
        'A unique key (e.g. a UUID) per intended change: a retry with the same key and body ' +
        'gets the first answer, with Idempotent-Replayed: true, instead of a second change.',
    }),
  );
}
