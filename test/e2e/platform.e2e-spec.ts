import { mintDevToken } from '@jenjang/auth';
import { SERVICE_NAMES, ServiceProcess, SharedPlatform } from '@jenjang/testing';

// The five services as separate processes on the real broker and store (started once for the
// tier by its global setup): each one answers its health, metrics and docs endpoints, and guards
// its API.
const SERVICES = SERVICE_NAMES;

describe('the platform', () => {
  const platform = SharedPlatform.attach();
  const started = SERVICES.map((name) => ({ name, port: new URL(platform.url(name)).port }));

  it.each(SERVICES.map((name, i) => [name, i] as const))(
    'should report %s ready with Kafka and MongoDB checked',
    async (_name, i) => {
      const res = await fetch(`http://127.0.0.1:${started[i].port}/health/ready`);
      expect(res.status).toBe(200);
      const body = JSON.stringify(await res.json());
      expect(body).toContain('kafka');
      expect(body).toContain('mongodb');
      expect((await fetch(`http://127.0.0.1:${started[i].port}/health/live`)).status).toBe(200);
    },
  );

  it.each(SERVICES.map((name, i) => [name, i] as const))(
    'should serve Prometheus metrics and OpenAPI docs for %s',
    async (name, i) => {
      const metrics = await fetch(`http://127.0.0.1:${started[i].port}/metrics`);
      expect(metrics.headers.get('content-type')).toContain('text/plain');
      expect(await metrics.text()).toMatch(/^process_cpu_user_seconds_total/m);
      const docs = await fetch(`http://127.0.0.1:${started[i].port}/docs-json`);
      const openapi = (await docs.json()) as { openapi: string; info: { title: string } };
      expect(openapi.openapi).toMatch(/^3\./);
      expect(openapi.info.title).toBe(`Jenjang ${name} service`);
    },
  );

  it.each(SERVICES.map((name, i) => [name, i] as const))(
    'should serve the AsyncAPI document and the published schemas for %s',
    async (_name, i) => {
      const base = `http://127.0.0.1:${started[i].port}`;
      const doc = await fetch(`${base}/asyncapi`);
      expect(doc.headers.get('content-type')).toContain('application/yaml');
      expect(await doc.text()).toContain('public.evaluation.appraisal-finalized.v1');
      const list = (await (await fetch(`${base}/asyncapi/schemas`)).json()) as { topic: string }[];
      expect(list.map((s) => s.topic)).toContain('public.evaluation.appraisal-finalized.v1');
      const schema = (await (
        await fetch(`${base}/asyncapi/schemas/public.evaluation.appraisal-finalized.v1`)
      ).json()) as { $id: string };
      expect(schema.$id).toContain('appraisal-finalized');
      const missing = await fetch(`${base}/asyncapi/schemas/public.nope.v1`);
      expect(missing.status).toBe(404);
      expect(missing.headers.get('content-type')).toContain('application/problem+json');
    },
  );

  it('should refuse an API call without a token with problem+json and accept a dev token', async () => {
    const url = `http://127.0.0.1:${started[0].port}/api/v1/me`;
    const refused = await fetch(url);
    expect(refused.status).toBe(401);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    const token = await mintDevToken({ roles: ['PEGAWAI'], agencyId: 'AG1', employeeId: 'E1' });
    const ok = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    expect(ok.status).toBe(200);
  });

  it('should refuse to start with a message naming the bad variable', async () => {
    const bad = new ServiceProcess(
      'services/training/src/main.ts',
      { PORT: 'not-a-port' },
      'bad-training',
    );
    const { code } = await bad.exited;
    expect(code).not.toBe(0);
    expect(bad.output()).toMatch(/PORT/);
  });
});
