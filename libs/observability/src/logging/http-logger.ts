import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Params } from 'nestjs-pino';
import type { Logger } from 'pino';

export const REQUEST_ID_HEADER = 'x-request-id';

// Accept a caller's id only if it is short and plain, so it cannot smuggle data into logs.
const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The caller's X-Request-Id if it is well-formed, else a fresh UUID; echoed on the response. */
export function requestIdFor(req: IncomingMessage, res: ServerResponse): string {
  const incoming = req.headers[REQUEST_ID_HEADER];
  const candidate = Array.isArray(incoming) ? incoming[0] : incoming;
  const id = candidate && SAFE_REQUEST_ID.test(candidate) ? candidate : randomUUID();
  res.setHeader('X-Request-Id', id);
  return id;
}

export interface HttpLoggerOptions {
  readonly logger: Logger;
  /** Paths that are not logged when they succeed (probes, scrapes). */
  readonly quietPaths?: readonly string[];
}

function pathOf(url: string | undefined): string {
  return (url ?? '').split('?')[0] ?? '';
}

/** nestjs-pino LoggerModule params: one line per request, ids attached, no query strings. */
export function httpLoggerParams(options: HttpLoggerOptions): Params {
  const quiet = new Set(options.quietPaths ?? ['/health/live', '/health/ready', '/metrics']);
  return {
    pinoHttp: {
      logger: options.logger,
      genReqId: requestIdFor,
      // Lines logged inside a request carry just its id; the completion line has req and res.
      quietReqLogger: true,
      customAttributeKeys: { reqId: 'request_id' },
      autoLogging: { ignore: (req) => quiet.has(pathOf(req.url)) },
      customLogLevel: (_req, res, error) =>
        error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
      serializers: {
        // Query strings may carry an NIP or a search by name: log the path only.
        req: (req: { id?: unknown; method?: string; url?: string }) => ({
          id: req.id,
          method: req.method,
          path: pathOf(req.url),
        }),
        res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
      },
    },
  };
}
