import type { IncomingMessage, ServerResponse } from 'node:http';
import { HttpException, type INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DomainError } from '@jenjang/domain-kernel';
import { nestsDeeperThan } from './json-depth';

/** A JSON request body may hold this many bytes (the body-parser default, stated on purpose). */
export const MAX_JSON_BYTES = 100 * 1024;
/** And nest this deep: the deepest form we take (an SKP) nests five levels. */
export const MAX_JSON_DEPTH = 32;

export class BodyTooLargeError extends DomainError {
  readonly code = 'BODY_TOO_LARGE';
  constructor() {
    super(
      {
        en: `The request body is larger than ${MAX_JSON_BYTES / 1024} kB.`,
        id: `Isi permintaan lebih besar dari ${MAX_JSON_BYTES / 1024} kB.`,
      },
      { status: 413, field: 'body' },
    );
  }
}

export class BodyTooDeepError extends DomainError {
  readonly code = 'BODY_TOO_DEEP';
  constructor() {
    super(
      {
        en: `The request body nests deeper than ${MAX_JSON_DEPTH} levels.`,
        id: `Isi permintaan bersarang lebih dari ${MAX_JSON_DEPTH} tingkat.`,
      },
      { status: 400, field: 'body' },
    );
  }
}

type Request = IncomingMessage & { body?: unknown };

// Right after parsing, before anything walks the body recursively (class-transformer, the
// idempotency fingerprint, validators): those overflow the stack on 20,000 levels (a 500).
function refuseDeepJson(req: Request, _res: ServerResponse, next: (error?: unknown) => void) {
  if (req.body !== undefined && nestsDeeperThan(req.body, MAX_JSON_DEPTH)) {
    return next(new BodyTooDeepError());
  }
  next();
}

/**
 * The JSON body parser with its size limit, followed by the depth check. Must run before the
 * app's init: Nest then keeps this parser (it adds its own only when none named `jsonParser` is
 * in place).
 */
export function useJsonBody(app: INestApplication): void {
  (app as NestExpressApplication).useBodyParser('json', { limit: MAX_JSON_BYTES });
  app.use(refuseDeepJson);
}

interface BodyParserError {
  readonly type: string;
  readonly status: number;
  readonly expose: boolean;
  readonly message: string;
}

function isBodyParserError(error: unknown): error is BodyParserError {
  if (!(error instanceof Error)) return false;
  const e = error as Error & Partial<BodyParserError>;
  return typeof e.type === 'string' && typeof e.status === 'number' && e.expose === true;
}

/**
 * body-parser's refusals (http-errors with a `type`) are not HttpExceptions: without this they
 * became 500s. An over-size body is 413 naming the body; other client errors keep their status.
 */
export function fromBodyParserError(error: unknown): DomainError | HttpException | undefined {
  if (!isBodyParserError(error) || error.status < 400 || error.status >= 500) return undefined;
  if (error.type === 'entity.too.large' || error.type === 'parameters.too.many') {
    return new BodyTooLargeError();
  }
  return new HttpException(error.message, error.status);
}
