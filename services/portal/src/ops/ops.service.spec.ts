import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SERVICE_KEYS, type PortalConfig, type ServiceKey } from '../config/portal.config';
import { OpsService } from './ops.service';

// A service whose management port says: live, not ready, five events dead-lettered.
describe(OpsService.name, () => {
  let server: Server;
  let url: string;

  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/health/live') return res.writeHead(200).end('{"status":"up"}');
      if (req.url === '/health/ready') return res.writeHead(503).end('{"status":"down"}');
      if (req.url === '/metrics') {
        return res
          .writeHead(200)
          .end('jenjang_events_dead_lettered_total{topic="t",group="g",reason="SCHEMA"} 5\n');
      }
      res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it("should report each service's health and dead-letter count, unknown where none answers", async () => {
    // Every other service points at a port nothing listens on.
    const nobody = 'http://127.0.0.1:9';
    const urls = Object.fromEntries(
      SERVICE_KEYS.map((s) => [s, s === 'evaluation' ? url : nobody]),
    ) as Record<ServiceKey, string>;
    const ops = new OpsService({ services: urls, opsUrls: urls } as unknown as PortalConfig);

    const overview = await ops.overview();

    expect(overview.services).toHaveLength(5);
    expect(overview.services[0]).toEqual({
      service: 'evaluation',
      live: true,
      ready: false,
      deadLettered: 5,
    });
    expect(overview.services[1]).toEqual({
      service: 'competency',
      live: false,
      ready: false,
      deadLettered: null,
    });
  });
});
