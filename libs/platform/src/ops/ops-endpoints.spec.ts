import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { opsEndpoints, opsEndpointsOptions, type OpsEndpointsOptions } from './ops-endpoints';

// Two listeners on one handler, as runService does with MANAGEMENT_PORT: the API and management.
async function servers(options: (managementPort: number) => OpsEndpointsOptions) {
  const state: { guard?: ReturnType<typeof opsEndpoints> } = {};
  const handler = (
    req: Parameters<ReturnType<typeof opsEndpoints>>[0],
    res: Parameters<ReturnType<typeof opsEndpoints>>[1],
  ) => state.guard!(req, res, () => res.end('served'));
  const listen = (s: Server) =>
    new Promise<number>((resolve) =>
      s.listen(0, '127.0.0.1', () => resolve((s.address() as AddressInfo).port)),
    );
  const api = createServer(handler);
  const management = createServer(handler);
  await listen(api);
  state.guard = opsEndpoints(options(await listen(management)));
  return {
    api,
    management,
    close: () => Promise.all([api, management].map((s) => new Promise((r) => s.close(r)))),
  };
}

describe('opsEndpoints', () => {
  it('should serve metrics, docs, asyncapi and readiness on the management port only when one is set', async () => {
    const { api, management, close } = await servers((managementPort) => ({
      managementPort,
      public: true,
    }));
    try {
      for (const path of ['/metrics', '/docs/', '/docs-json', '/asyncapi', '/health/ready']) {
        expect((await request(api).get(path)).status).toBe(404);
        expect((await request(management).get(path)).status).toBe(200);
      }
      expect((await request(api).get('/api/v1/skp')).status).toBe(200);
      expect((await request(management).get('/api/v1/skp')).status).toBe(404);
      expect((await request(api).get('/health/live')).status).toBe(200);
      expect((await request(management).get('/health/live')).status).toBe(200);
    } finally {
      await close();
    }
  });

  it('should hide them on the API port when production runs without a management port', async () => {
    const { api, close } = await servers(() => opsEndpointsOptions({ NODE_ENV: 'production' }));
    try {
      const res = await request(api).get('/metrics');
      expect(res.status).toBe(404);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect((await request(api).get('/health/live')).status).toBe(200);
      expect((await request(api).get('/api/v1/skp')).status).toBe(200);
    } finally {
      await close();
    }
  });

  it('should serve them on the API port in development and when said public on purpose', () => {
    expect(opsEndpointsOptions({ NODE_ENV: 'development' })).toEqual({ public: true });
    expect(opsEndpointsOptions({ NODE_ENV: 'production', OPS_ENDPOINTS_PUBLIC: true })).toEqual({
      public: true,
    });
    expect(opsEndpointsOptions({ NODE_ENV: 'production' })).toEqual({ public: false });
  });
});
