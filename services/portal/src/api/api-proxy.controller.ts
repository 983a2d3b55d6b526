import { All, Controller, Inject, Param, Req, Res, UseGuards } from '@nestjs/common';
import type { Request, Response } from 'express';
import { SERVICE_KEYS, type PortalConfig, type ServiceKey } from '../config/portal.config';
import { CsrfGuard } from '../auth/csrf.guard';
import { ServiceTokensService } from '../auth/service-tokens.service';
import { PORTAL_CONFIG } from '../portal.tokens';

// Request headers passed on to a service; everything else (cookies above all) stays here.
const FORWARD_REQUEST = ['content-type', 'accept', 'accept-language', 'idempotency-key'];
const FORWARD_RESPONSE = ['content-type', 'content-disposition', 'etag', 'location'];

const problem = (res: Response, status: number, code: string, en: string, id: string) =>
  res
    .status(status)
    .type('application/problem+json')
    .json({
      type: `urn:jenjang:problem:${code.toLowerCase().replaceAll('_', '-')}`,
      title: en,
      status,
      code,
      detail: en,
      detail_id: id,
    });

/**
 * The services' APIs for the signed-in person: `/bff/api/<service>/<path>` calls
 * `<service>/api/v1/<path>` with a bearer token the browser never sees. The services decide what
 * the person may do (roles, agency, org chart); the portal only attaches who they are.
 */
@Controller('bff/api')
@UseGuards(CsrfGuard)
export class ApiProxyController {
  constructor(
    @Inject(PORTAL_CONFIG) private readonly config: PortalConfig,
    private readonly tokens: ServiceTokensService,
  ) {}

  @All(':service/*path')
  async forward(
    @Param('service') service: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    if (!(SERVICE_KEYS as readonly string[]).includes(service)) {
      problem(res, 404, 'NOT_FOUND', 'No such service.', 'Layanan tidak dikenal.');
      return;
    }
    const token = await this.tokens.tokenFor(req.session);
    if (!token) {
      problem(res, 401, 'SIGNED_OUT', 'Please sign in again.', 'Silakan masuk kembali.');
      return;
    }
    const prefix = `/bff/api/${service}/`;
    const rest = req.originalUrl.slice(prefix.length);
    // Only the service's /api/v1 tree: no dot segments (encoded or not) climbing out of it.
    if (/(^|\/)\.{1,2}(\/|\?|$)|%2e|%2f|\\/i.test(rest)) {
      problem(res, 400, 'BAD_PATH', 'Invalid path.', 'Path tidak sah.');
      return;
    }
    const target = `${this.config.services[service as ServiceKey]}/api/v1/${rest}`;
    const headers: Record<string, string> = { authorization: `Bearer ${token}` };
    for (const name of FORWARD_REQUEST) {
      const value = req.headers[name];
      if (typeof value === 'string') headers[name] = value;
    }
    const hasBody = !['GET', 'HEAD'].includes(req.method) && Buffer.isBuffer(req.body);
    let upstream: globalThis.Response;
    try {
      upstream = await fetch(target, {
        method: req.method,
        headers,
        ...(hasBody ? { body: req.body as Buffer } : {}),
        redirect: 'manual',
      });
    } catch {
      problem(
        res,
        502,
        'SERVICE_UNAVAILABLE',
        `The ${service} service does not answer.`,
        `Layanan ${service} tidak menjawab.`,
      );
      return;
    }
    res.status(upstream.status);
    for (const name of FORWARD_RESPONSE) {
      const value = upstream.headers.get(name);
      if (value) res.setHeader(name, value);
    }
    res.setHeader('cache-control', 'no-store');
    res.send(Buffer.from(await upstream.arrayBuffer()));
  }
}
