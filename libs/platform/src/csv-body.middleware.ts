import type { IncomingMessage, ServerResponse } from 'node:http';
import { Injectable, type NestMiddleware } from '@nestjs/common';
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

type Request = IncomingMessage & { body?: unknown };

/**
 * Reads a `text/csv` body into `req.body` as a string (the app's parsers only know JSON). Runs
 * before guards, so it refuses early on the size alone, without buffering more than the limit.
 */
@Injectable()
export class CsvBodyMiddleware implements NestMiddleware {
  use(req: Request, _res: ServerResponse, next: (error?: unknown) => void): void {
    if (req.method !== 'POST') return next();
    const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    if (type !== 'text/csv') return next(new CsvMediaTypeError());
    if (Number(req.headers['content-length'] ?? 0) > MAX_CSV_BYTES) {
      return next(new CsvTooLargeError());
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let failed = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_CSV_BYTES && !failed) {
        failed = true;
        next(new CsvTooLargeError());
      } else if (!failed) chunks.push(chunk);
    });
    req.on('end', () => {
      if (failed) return;
      req.body = Buffer.concat(chunks).toString('utf8');
      next();
    });
    req.on('error', (error) => {
      if (!failed) next(error);
      failed = true;
    });
  }
}
