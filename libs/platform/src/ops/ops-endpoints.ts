import type { IncomingMessage, ServerResponse } from 'node:http';

/** Endpoints for operators and machines, not for the API's users. */
export const OPS_PATHS = /^\/(metrics|docs|docs-json|asyncapi|health\/ready)(\/|$)/;
/** Liveness answers everywhere: it says up or down and nothing else. */
const LIVENESS = /^\/health\/live\/?$/;

export interface OpsEndpointsOptions {
  /** The management port: ops endpoints answer there only, and only they do. */
  readonly managementPort?: number;
  /** Without a management port: whether the API port serves them (false hides them, 404). */
  readonly public: boolean;
}

/** Where the operational endpoints answer, from the config (see docs/security.md). */
export function opsEndpointsOptions(config: {
  NODE_ENV?: string;
  MANAGEMENT_PORT?: number;
  OPS_ENDPOINTS_PUBLIC?: boolean;
}): OpsEndpointsOptions {
  return {
    ...(config.MANAGEMENT_PORT === undefined ? {} : { managementPort: config.MANAGEMENT_PORT }),
    public: config.OPS_ENDPOINTS_PUBLIC ?? config.NODE_ENV !== 'production',
  };
}

type Request = IncomingMessage & { originalUrl?: string };

function notFound(res: ServerResponse): void {
  res.statusCode = 404;
  res.setHeader('Content-Type', 'application/problem+json; charset=utf-8');
  res.end(JSON.stringify({ type: 'about:blank', title: 'Not Found', status: 404 }));
}

/**
 * Express middleware: with a management port, ops endpoints answer on it and the API does not;
 * without one, the API port serves them only when `public` (development, or said on purpose).
 */
export function opsEndpoints(options: OpsEndpointsOptions) {
  return (req: Request, res: ServerResponse, next: () => void): void => {
    const path = (req.originalUrl ?? req.url ?? '').split('?')[0] ?? '';
    if (LIVENESS.test(path)) return next();
    const ops = OPS_PATHS.test(path);
    if (options.managementPort !== undefined) {
      const onManagement = req.socket.localPort === options.managementPort;
      return ops === onManagement ? next() : notFound(res);
    }
    return ops && !options.public ? notFound(res) : next();
  };
}
