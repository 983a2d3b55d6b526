import { generateKeyPairSync } from 'node:crypto';
import { mintDevToken, type Role } from '@jenjang/auth';
import {
  EvaluationDriver,
  randomLetters,
  SERVICE_NAMES,
  SharedPlatform,
  testEnv,
  type AppraisalPlan,
} from '@jenjang/testing';

// Every route of the five services, read from their OpenAPI documents, called by people who must
// get nothing: no token or a bad one, another agency, an unrelated colleague; and with hostile
// bodies and queries. No answer may be a 5xx, none of theirs a success, and the victim's data
// must be as it was. Requests run concurrently in a small pool to keep the tier fast.

interface Operation {
  parameters?: { name: string; in: string; required?: boolean }[];
  requestBody?: { content?: Record<string, unknown> };
}
interface OpenApi {
  paths: Record<string, Record<string, Operation>>;
}
interface Route {
  service: (typeof SERVICE_NAMES)[number];
  method: string;
  path: string;
  op: Operation;
}
interface Answer {
  route: Route;
  who: string;
  status: number;
}

const POOL = 8;
const WRITE = new Set(['post', 'put', 'patch', 'delete']);

async function pooled<T, R>(items: readonly T[], work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: POOL }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await work(items[i]);
      }
    }),
  );
  return results;
}

const unsigned = (claims: Record<string, unknown>) => {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part(claims)}.`;
};

// Nested a few thousand levels: under the size limit, over the depth limit.
const deepJson = (levels: number) => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;

describe('security sweep across the five services', () => {
  const platform = SharedPlatform.attach();
  const env = testEnv();
  const agency = `ag-sec-${randomLetters(4)}`;
  const otherAgency = `ag-sec2-${randomLetters(4)}`;
  const victim = `emp-victim-${randomLetters(5)}`;
  const penilai = `emp-penilai-${randomLetters(5)}`;
  const colleague = `emp-colleague-${randomLetters(5)}`;
  const routes: Route[] = [];
  let victimSkp: { id: string; revision: number; status: string };
  const tokens: Record<string, string> = {};

  const token = (agencyId: string, employeeId: string | undefined, ...roles: Role[]) =>
    mintDevToken({ roles, agencyId, ...(employeeId ? { employeeId } : {}) });

  // {agencyId} is the victim's agency, {employeeId} the victim, an id the victim's SKP.
  const concrete = (path: string) =>
    path
      .replace('{agencyId}', agency)
      .replace('{employeeId}', victim)
      .replace('{year}', '2026')
      .replace(/\{[^}]*[iI]d\}/g, victimSkp.id)
      .replace(/\{[^}]+\}/g, 'x-1');

  const call = async (
    route: Route,
    who: string,
    authorization: string | undefined,
    body?: { type: string; raw: string },
    query = '',
  ): Promise<Answer> => {
    const res = await fetch(`${platform.url(route.service)}${concrete(route.path)}${query}`, {
      method: route.method.toUpperCase(),
      headers: {
        ...(authorization ? { authorization } : {}),
        ...(body ? { 'content-type': body.type, 'idempotency-key': randomLetters(16) } : {}),
      },
      body: body?.raw,
    });
    await res.arrayBuffer();
    return { route, who, status: res.status };
  };

  const describeAnswer = (a: Answer) =>
    `${a.who} ${a.route.method.toUpperCase()} ${a.route.service}${a.route.path}: ${a.status}`;

  const plainBody = (route: Route) =>
    WRITE.has(route.method) && route.method !== 'delete'
      ? route.path.includes('/imports')
        ? { type: 'text/csv', raw: 'employee_id\nE1\n' }
        : { type: 'application/json', raw: '{}' }
      : undefined;

  beforeAll(async () => {
    for (const service of SERVICE_NAMES) {
      const doc = (await (await fetch(`${platform.url(service)}/docs-json`)).json()) as OpenApi;
      for (const [path, methods] of Object.entries(doc.paths)) {
        for (const [method, op] of Object.entries(methods))
          routes.push({ service, method, path, op });
      }
    }
    // The victim's SKP, under a penilai; the colleague works in the same agency, elsewhere.
    const driver = new EvaluationDriver(platform.url('evaluation'));
    const plan: AppraisalPlan = {
      agencyId: agency,
      employeeId: victim,
      penilaiId: penilai,
      atasanPenilaiId: `emp-atasan-${randomLetters(5)}`,
      unitId: 'bkd',
      position: { id: 'jab-analis-sdm', name: 'Analis SDM Aparatur', group: 'FUNGSIONAL' },
      year: 2026,
      period: { kind: 'TAHUNAN' },
      hasilKerja: 'SESUAI_EKSPEKTASI',
      perilakuKerja: 'SESUAI_EKSPEKTASI',
    };
    await driver.place(env.brokers, [
      plan,
      { ...plan, employeeId: colleague, penilaiId: `emp-other-${randomLetters(5)}` },
    ]);
    const skp = await driver.approvedSkp(plan);
    const victimToken = await token(agency, victim, 'PEGAWAI');
    victimSkp = await driver.call('GET', `/api/v1/skp/${skp.id}`, victimToken);
    tokens.victim = victimToken;
    tokens.admin = await token(
      agency,
      `emp-admin-${randomLetters(4)}`,
      'PEGAWAI',
      'ADMIN_INSTANSI',
    );
  });

  it('should answer 401 to every protected route when the token is missing, malformed, unsigned, expired or signed by another key', async () => {
    // The sweep is only as good as the routes it found: every service documents its API.
    for (const service of SERVICE_NAMES) {
      expect(routes.filter((r) => r.service === service).length).toBeGreaterThan(5);
    }
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const claims = { sub: 'x', agency, roles: ['ADMIN_PROVINSI'], employee_id: victim };
    const bad: Record<string, string | undefined> = {
      'no token': undefined,
      malformed: 'Bearer not.a.jwt',
      'alg none': `Bearer ${unsigned({ ...claims, iss: 'jenjang-dev', aud: 'jenjang' })}`,
      expired: `Bearer ${await mintDevToken(
        { roles: ['ADMIN_PROVINSI'], agencyId: agency },
        { expiresIn: '-1h' },
      )}`,
      'other key': `Bearer ${await mintDevToken(
        { roles: ['ADMIN_PROVINSI'], agencyId: agency },
        { privateKey },
      )}`,
    };
    const work = routes.flatMap((route) =>
      Object.entries(bad).map(([who, authorization]) => ({ route, who, authorization })),
    );
    const answers = await pooled(work, (w) =>
      call(w.route, w.who, w.authorization, plainBody(w.route)),
    );
    // A public route (the about endpoint) answers anyone; it is public with no token too.
    const publicRoutes = new Set(
      answers.filter((a) => a.who === 'no token' && a.status !== 401).map((a) => a.route),
    );
    const wrong = answers.filter(
      (a) => a.status >= 500 || (a.status !== 401 && !publicRoutes.has(a.route)),
    );
    expect(wrong.map(describeAnswer)).toEqual([]);
  });

  it("should give another agency's people and an unrelated colleague nothing of the victim's", async () => {
    const callers: Record<string, string> = {
      'other agency': `Bearer ${await token(
        otherAgency,
        `emp-x-${randomLetters(4)}`,
        'PEGAWAI',
        'PENILAI',
        'ATASAN_PENILAI',
        'ADMIN_INSTANSI',
      )}`,
      colleague: `Bearer ${await token(agency, colleague, 'PEGAWAI', 'PENILAI', 'ATASAN_PENILAI')}`,
    };
    // Routes that name the victim, the victim's agency or the victim's SKP.
    const aimed = routes.filter((r) => /\{(agencyId|employeeId|id|skpId)\}/.test(r.path));
    const work = aimed.flatMap((route) =>
      Object.entries(callers).map(([who, authorization]) => ({ route, who, authorization })),
    );
    const answers = await pooled(work, (w) =>
      call(w.route, w.who, w.authorization, plainBody(w.route)),
    );
    // The colleague acts inside their own agency: lists of the agency's catalog, their own
    // settings and the like answer 200; what names the victim or the victim's SKP does not.
    // A route without an agency in its path answers about the caller's own agency (the JP of
    // that id there): for another agency only routes naming the victim's agency or records count.
    const names = (r: Route) => /\{(employeeId|id|skpId)\}/.test(r.path);
    const reachesVictim = (a: Answer) =>
      a.who === 'other agency'
        ? /\{(agencyId|id|skpId)\}/.test(a.route.path)
        : names(a.route) || WRITE.has(a.route.method);
    const wrong = answers.filter((a) => a.status >= 500 || (a.status < 300 && reachesVictim(a)));
    expect(wrong.map(describeAnswer)).toEqual([]);

    // Nothing changed: the victim's SKP is as it was.
    const after = (await (
      await fetch(`${platform.url('evaluation')}/api/v1/skp/${victimSkp.id}`, {
        headers: { authorization: `Bearer ${tokens.victim}` },
      })
    ).json()) as typeof victimSkp;
    expect(after).toMatchObject({ revision: victimSkp.revision, status: victimSkp.status });
  });

  it('should answer 4xx, never 5xx, to hostile bodies and queries', async () => {
    const admin = `Bearer ${tokens.admin}`;
    const bodies: Record<string, string> = {
      deep: deepJson(5_000),
      huge: JSON.stringify({ text: 'x'.repeat(1_200_000) }),
      'wrong types': JSON.stringify({ revision: 'x', year: [], employeeId: { a: 1 }, jp: 'lots' }),
      'not an object': '[1,2,3]',
      'operator injection':
        '{"employeeId":{"$ne":null},"agencyId":{"$gt":""},"$where":"sleep(1000)",' +
        '"__proto__":{"admin":true},"constructor":{"prototype":{"admin":true}}}',
      'broken json': '{"a":',
    };
    const writes = routes.filter((r) => WRITE.has(r.method) && r.method !== 'delete');
    // A route that takes no body ignores one; it only has to stay clear of 5xx.
    const takesBody = (r: Route) => r.op.requestBody !== undefined;
    const work = [
      ...writes.flatMap((route) =>
        Object.entries(bodies).map(([who, raw]) => ({
          route,
          who,
          body: { type: 'application/json', raw },
          query: '',
        })),
      ),
      ...routes
        .filter((r) => r.method === 'get')
        .map((route) => ({
          route,
          who: 'query injection',
          body: undefined,
          query: '?employeeId[$ne]=x&agencyId[$gt]=&unitId=%00',
        })),
    ];
    const answers = await pooled(work, (w) => call(w.route, w.who, admin, w.body, w.query));
    const wrong = answers.filter(
      (a) =>
        a.status >= 500 || (a.who !== 'query injection' && takesBody(a.route) && a.status < 400),
    );
    expect(wrong.map(describeAnswer)).toEqual([]);
    // The operators never reached a filter: a query with them is refused, not read as "all".
    const injected = answers.filter((a) => a.who === 'query injection' && a.status < 400);
    expect(injected.map(describeAnswer)).toEqual([]);
  });
});
