import { randomUUID } from 'node:crypto';
import { randomLetters } from '@jenjang/testing';
import { EvaluationApp, skpBody } from '../support/evaluation-app';

interface Problem {
  status: number;
  code?: string;
  detail_id?: string;
  errors?: { field: string; message: string; message_id: string }[];
}

// Bodies an attacker sends: nested far deeper than any form, or larger than any form.
const nestedArrays = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;
const nestedObjects = (levels: number) => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;

describe('hostile JSON bodies', () => {
  const service = new EvaluationApp();
  const agency = `AG-${randomLetters(5)}`;
  let pegawai: string;

  beforeAll(async () => {
    await service.start();
    const employee = `emp-${randomLetters()}`;
    pegawai = await EvaluationApp.token(agency, employee, 'PEGAWAI');
    await service.placed(employee, skpBody().unitId, agency);
  });

  afterAll(async () => {
    await service?.stop();
  });

  const send = (method: 'post' | 'put', path: string, raw: string) =>
    service
      .http()
      [method](path)
      .auth(pegawai, { type: 'bearer' })
      .set('Content-Type', 'application/json')
      .set('Idempotency-Key', `"${randomUUID()}"`)
      .send(raw);

  const expectProblem = (
    res: { status: number; headers: object; body: unknown },
    status: number,
  ) => {
    expect(res.status).toBe(status);
    expect((res.headers as Record<string, string>)['content-type']).toContain(
      'application/problem+json',
    );
    const problem = res.body as Problem;
    expect(problem.errors?.[0]?.field).toBe('body');
    expect(problem.errors?.[0]?.message_id).toBeTruthy();
    return problem;
  };

  it.each([
    ['POST', 'post', '/api/v1/skp', nestedArrays(20_000)],
    ['POST', 'post', '/api/v1/skp', nestedObjects(15_000)],
    ['PUT', 'put', `/api/v1/skp/${randomUUID()}`, nestedArrays(20_000)],
    ['PUT', 'put', `/api/v1/skp/${randomUUID()}`, nestedObjects(15_000)],
  ] as const)(
    'should answer 400 naming the body when a %s body is nested too deep',
    async (_label, method, path, raw) => {
      expect(raw.length).toBeLessThan(100_000);
      const problem = expectProblem(await send(method, path, raw), 400);
      expect(problem.code).toBe('BODY_TOO_DEEP');
    },
  );

  it('should answer 413 naming the body when the body is larger than the limit', async () => {
    const raw = JSON.stringify({ ...skpBody(), note: 'x'.repeat(1024 * 1024) });
    const problem = expectProblem(await send('post', '/api/v1/skp', raw), 413);
    expect(problem.code).toBe('BODY_TOO_LARGE');
  });

  it('should still accept an ordinary body with a few levels of nesting', async () => {
    const res = await send('post', '/api/v1/skp', JSON.stringify(skpBody()));
    expect(res.status).toBe(201);
  });
});
