import type { IncomingMessage, ServerResponse } from 'node:http';
import { Injectable, type NestMiddleware } from '@nestjs/common';
import { getOrCreateHistogram } from '@jenjang/observability';

// Express sets `route` once a handler matched; its path keeps cardinality bounded (no ids).
type RoutedRequest = IncomingMessage & { baseUrl?: string; route?: { path?: unknown } };

function routeOf(req: RoutedRequest): string {
  const path = req.route?.path;
  // Nest answers unknown routes from a catch-all (`/api{/*splat}`): count those as unmatched.
  if (typeof path !== 'string' || path.includes('*')) return 'unmatched';
  return `${req.baseUrl ?? ''}${path}`;
}

/** RED metrics for every HTTP request: rate, errors (status_code) and duration. */
@Injectable()
export class HttpMetricsMiddleware implements NestMiddleware {
  private readonly duration = getOrCreateHistogram({
    name: 'http_server_request_duration_seconds',
    help: 'Duration of HTTP requests handled by the service',
    labelNames: ['method', 'route', 'status_code'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  });

  use(req: RoutedRequest, res: ServerResponse, next: () => void): void {
    const stop = this.duration.startTimer();
    res.once('finish', () => {
      stop({
        method: req.method ?? 'GET',
        route: routeOf(req),
        status_code: String(res.statusCode),
      });
    });
    next();
  }
}
