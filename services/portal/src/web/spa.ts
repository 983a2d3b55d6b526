import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';

const NOT_SPA = /^\/(bff|auth|idp|health)(\/|$)/;

/**
 * Serves the built single-page app: hashed assets cached for a year, index.html for every other
 * page path (client-side routes), never cached.
 */
export function serveSpa(app: Express, webDir: string): boolean {
  const index = join(webDir, 'index.html');
  if (!existsSync(index)) return false;
  app.use(
    '/assets',
    express.static(join(webDir, 'assets'), { immutable: true, maxAge: '365d', index: false }),
  );
  app.use(express.static(webDir, { index: false, maxAge: 0 }));
  app.get(/.*/, (req: Request, res: Response, next: NextFunction) => {
    if (NOT_SPA.test(req.path) || !req.accepts('html')) return next();
    res.setHeader('cache-control', 'no-store');
    res.sendFile(index);
  });
  return true;
}
