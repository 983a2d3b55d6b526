import type { IncomingMessage, ServerResponse } from 'node:http';

// What helmet sets by default, written out here because helmet is not a dependency (adding it
// would rewrite the lockfile's platform packages). Every answer is JSON, problem+json, Prometheus
// text or the Swagger UI: nothing is meant to be framed, sniffed or to load anything else.
const COMMON: Readonly<Record<string, string>> = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Origin-Agent-Cluster': '?1',
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'X-DNS-Prefetch-Control': 'off',
  'X-Download-Options': 'noopen',
  'X-Frame-Options': 'DENY',
  'X-Permitted-Cross-Domain-Policies': 'none',
  // The legacy XSS auditor does more harm than good; helmet turns it off too.
  'X-XSS-Protection': '0',
};

/** The JSON API loads nothing and may be framed by no one. */
export const API_CSP =
  "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * The Swagger UI at /docs: its scripts, styles and the document come from the service itself;
 * the page has an inline <style> block and data: images in its stylesheet.
 */
export const DOCS_CSP = [
  "default-src 'self'",
  "base-uri 'self'",
  "connect-src 'self'",
  "font-src 'self' data:",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "img-src 'self' data:",
  "object-src 'none'",
  "script-src 'self'",
  "script-src-attr 'none'",
  "style-src 'self' 'unsafe-inline'",
].join('; ');

/** One year, subdomains included: what helmet sends. */
export const HSTS = 'max-age=31536000; includeSubDomains';

export interface SecurityHeadersOptions {
  /** Swagger UI path without slashes, e.g. `docs`: answers under it get DOCS_CSP. */
  readonly docsPath: string;
  /** Strict-Transport-Security only in production: a development browser on http://localhost
   * would otherwise remember to refuse plain http for a year. */
  readonly production: boolean;
}

type Request = IncomingMessage & { originalUrl?: string };

/** Express middleware setting the security headers on every answer, errors and 404s included. */
export function securityHeaders(options: SecurityHeadersOptions) {
  const docs = `/${options.docsPath}`;
  return (req: Request, res: ServerResponse, next: () => void): void => {
    for (const [name, value] of Object.entries(COMMON)) res.setHeader(name, value);
    const path = (req.originalUrl ?? req.url ?? '').split('?')[0] ?? '';
    const isDocs = path === docs || path.startsWith(`${docs}/`);
    res.setHeader('Content-Security-Policy', isDocs ? DOCS_CSP : API_CSP);
    if (options.production) res.setHeader('Strict-Transport-Security', HSTS);
    res.removeHeader('X-Powered-By');
    next();
  };
}
