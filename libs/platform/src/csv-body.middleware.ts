import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
  type NestMiddleware,
} from '@nestjs/common';
import { from, type Observable, switchMap } from 'rxjs';
import { DomainError } from '@jenjang/domain-kernel';

/** An upload may hold this many bytes (about 20 000 SKP indicator rows). */
export const MAX_CSV_BYTES = 5 * 1024 * 1024;

export class CsvMediaTypeError extends DomainError {
  readonly code = 'IMPORT_MEDIA_TYPE';
  constructor() {
    super(
      {
        en: 'Send the file as the request body with Content-Type text/csv (UTF-8).',
        id: 'Kirim berkas sebagai isi permintaan dengan Content-Type text/csv (UTF-8).',
      },
      { status: 415 },
    );
  }
}

export class CsvTooLargeError extends DomainError {
  readonly code = 'IMPORT_TOO_LARGE';
  constructor() {
    super(
      {
        en: `The file is larger than ${MAX_CSV_BYTES / 1024 / 1024} MB; split it.`,
        id: `Berkas lebih besar dari ${MAX_CSV_BYTES / 1024 / 1024} MB; pecah berkasnya.`,
      },
      { status: 413 },
    );
  }
}

type Request = IncomingMessage & { body?: unknown; [CSV_BODY]?: true };

/** Set by CsvBodyMiddleware on a request whose body CsvBodyInterceptor is to read. */
export const CSV_BODY = Symbol('jenjang.csvBody');

/**
 * Marks a route's POSTs as taking a `text/csv` body (the app's parsers only know JSON). It reads
 * nothing: CsvBodyInterceptor, a global interceptor of PlatformModule, reads the body after the
 * guards, so a caller without a valid token or the route's role gets 401/403 before a byte of the
 * upload is buffered (and before 415/413).
 */
@Injectable()
export class CsvBodyMiddleware implements NestMiddleware {
  use(req: Request, _res: ServerResponse, next: (error?: unknown) => void): void {
    if (req.method === 'POST') req[CSV_BODY] = true;
    next();
  }
}

/** Reads the body as UTF-8 text, refusing early on the size alone, without buffering past the limit. */
export function readCsvBody(req: Request): Promise<string> {
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (type !== 'text/csv') return Promise.reject(new CsvMediaTypeError());
  if (Number(req.headers['content-length'] ?? 0) > MAX_CSV_BYTES) {
    return Promise.reject(new CsvTooLargeError());
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let failed = false;
    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      reject(error instanceof Error ? error : new Error(String(error)));
    };
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_CSV_BYTES) fail(new CsvTooLargeError());
      else if (!failed) chunks.push(chunk);
    });
    req.on('end', () => {
      if (!failed) resolve(Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', fail);
  });
}

/** Reads the CSV body of a request CsvBodyMiddleware marked; runs after every guard. */
@Injectable()
export class CsvBodyInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const req = context.switchToHttp().getRequest<Request>();
    if (!req[CSV_BODY]) return next.handle();
    return from(readCsvBody(req)).pipe(
      switchMap((csv) => {
        req.body = csv;
        return next.handle();
      }),
    );
  }
}
