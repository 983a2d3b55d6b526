import { request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomLetters } from '@jenjang/testing';
import { EvaluationApp } from '../support/evaluation-app';

interface Problem {
  status: number;
  errors?: { field: string; message: string; message_id: string }[];
}

// Issue 14, finding 8: what every answer carries, and what is refused before any work.
describe('HTTP hygiene', () => {
  const service = new EvaluationApp();
  const agency = `AG-${randomLetters(5)}`;
  let admin: string;
  let port: number;

  beforeAll(async () => {
    await service.start();
    admin = await EvaluationApp.token(agency, `emp-${randomLetters()}`, 'ADMIN_INSTANSI');
    const server = service.app.getHttpServer() as Server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });

  afterAll(async () => {
    await service?.stop();
  });

  // Sends the headers and the first line of a declared body, never the rest: only a server that
  // answers without reading the body answers at all.
  const partialUpload = (contentLength: number, headers: Record<string, string> = {}) =>
    new Promise<number | 'no answer'>((resolve, reject) => {
      const req = httpRequest({
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/api/v1/imports/skp',
        headers: { 'Content-Type': 'text/csv', 'Content-Length': contentLength, ...headers },
      });
      const timer = setTimeout(() => {
        req.destroy();
        resolve('no answer');
      }, 3_000);
      req.on('response', (res) => {
        clearTimeout(timer);
        res.resume();
        req.destroy();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      req.write('nip,tahun,penilai\n');
    });

  it('should send the security headers when any route answers', async () => {
    for (const res of [
      await service.http().get('/health/live'),
      await service.http().get('/api/v1/me'),
      await service.http().get('/api/v1/skp').auth(admin, { type: 'bearer' }),
    ]) {
      expect(res.headers).toMatchObject({
        'x-content-type-options': 'nosniff',
        'x-frame-options': 'DENY',
        'referrer-policy': 'no-referrer',
        'content-security-policy': expect.stringContaining("frame-ancestors 'none'") as string,
      });
      expect(res.headers).not.toHaveProperty('x-powered-by');
    }
  });

  it('should answer 401 without reading the body when a CSV upload has no token', async () => {
    expect(await partialUpload(1_000)).toBe(401);
  });

  it('should answer 401, not 413, when a CSV upload without a token is over the limit', async () => {
    expect(await partialUpload(6 * 1024 * 1024)).toBe(401);
  });

  it('should answer 401, not 415, when an upload without a token is not CSV', async () => {
    const res = await service
      .http()
      .post('/api/v1/imports/skp')
      .set('Content-Type', 'text/plain')
      .send('x');

    expect(res.status).toBe(401);
  });

  it('should still answer 413 when a caller with a token declares a body over the limit', async () => {
    expect(await partialUpload(6 * 1024 * 1024, { Authorization: `Bearer ${admin}` })).toBe(413);
  });

  it('should answer 400 naming the parameter when a list is asked with an operator', async () => {
    const res = await service
      .http()
      .get('/api/v1/skp?employeeId[$ne]=x')
      .auth(admin, { type: 'bearer' });

    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect((res.body as Problem).errors?.map((e) => e.field)).toEqual(['employeeId[$ne]']);
  });

  it('should answer 400 naming the parameter when a route that reads no query is sent one', async () => {
    const res = await service.http().get('/api/v1/imports?foo=1').auth(admin, { type: 'bearer' });

    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      errors: [
        {
          field: 'foo',
          message_id: 'Parameter kueri foo tidak dikenal oleh rute ini dan tidak boleh dikirim.',
        },
      ],
    });
  });

  it('should not echo why the store or broker is down on /health/ready', async () => {
    const res = await service.http().get('/health/ready');

    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      status: 'ok',
      info: { kafka: { status: 'up' }, mongodb: { status: 'up' } },
      error: {},
      details: { kafka: { status: 'up' }, mongodb: { status: 'up' } },
    });
  });
});
