import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet from 'helmet';

// Every answer is JSON, problem+json, Prometheus text or the Swagger UI: nothing is meant to be
// framed, sniffed or to load anything else. helmet sets the headers (its defaults: nosniff,
// no referrer, same-origin opener and resource policies, Origin-Agent-Cluster,
// no DNS prefetch, X-XSS-Protection 0, ...); this file chooses the CSP, HSTS and
// X-Frame-Options DENY (helmet's default is SAMEORIGIN; nothing here is framed at all).

type Directives = Record<string, string[]>;

/** The JSON API loads nothing and may be framed by no one. */
const API_DIRECTIVES: Directives = {
  'default-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
};

/**
 * The Swagger UI at /docs: its scripts, styles and the document come from the service itself;
 * the page has an inline <style> block and data: images in its stylesheet.
 */
const DOCS_DIRECTIVES: Directives = {
  'default-src': ["'self'"],
  'base-uri': ["'self'"],
  'connect-src': ["'self'"],
  'font-src': ["'self'", 'data:'],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
  'img-src': ["'self'", 'data:'],
  'object-src': ["'none'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'", "'unsafe-inline'"],
};

// The header as helmet writes it (directives joined by ';').
const serialize = (d: Directives) =>
  Object.entries(d)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join(';');

export const API_CSP = serialize(API_DIRECTIVES);
export const DOCS_CSP = serialize(DOCS_DIRECTIVES);

/** One year, subdomains included: helmet's default. */
export const HSTS = 'max-age=31536000; includeSubDomains';

export interface SecurityHeadersOptions {
  /** Swagger UI path without slashes, e.g. `docs`: answers under it get DOCS_CSP. */
  readonly docsPath: string;
  /** Strict-Transport-Security only in production: a development browser on http://localhost
   * would otherwise remember to refuse plain http for a year. */
  readonly production: boolean;
}

type Request = IncomingMessage & { originalUrl?: string };
type Next = (error?: unknown) => void;

/** Express middleware (helmet) setting the security headers on every answer, errors included. */
export function securityHeaders(options: SecurityHeadersOptions) {
  const docs = `/${options.docsPath}`;
  const withCsp = (directives: Directives) =>
    helmet({
      contentSecurityPolicy: { useDefaults: false, directives },
      xFrameOptions: { action: 'deny' },
      strictTransportSecurity: options.production
        ? { maxAge: 31_536_000, includeSubDomains: true }
        : false,
    });
  const api = withCsp(API_DIRECTIVES);
  const ui = withCsp(DOCS_DIRECTIVES);
  return (req: Request, res: ServerResponse, next: Next): void => {
    const path = (req.originalUrl ?? req.url ?? '').split('?')[0] ?? '';
    const isDocs = path === docs || path.startsWith(`${docs}/`);
    res.removeHeader('X-Powered-By');
    (isDocs ? ui : api)(req, res, next);
  };
}
