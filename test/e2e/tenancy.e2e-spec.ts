import { mintDevToken } from '@jenjang/auth';
import { randomLetters, SERVICE_NAMES, SharedPlatform } from '@jenjang/testing';

interface OpenApi {
  paths: Record<string, Record<string, { parameters?: { name: string; in: string }[] }>>;
}

// Every route of every service that names an agency in its path, called by the strongest
// non-province role set of another agency: none may answer with data or change anything.
describe('agency isolation across the five services', () => {
  const platform = SharedPlatform.attach();
  const own = `ag-own-${randomLetters(4)}`;
  const other = `ag-other-${randomLetters(4)}`;

  it.each(SERVICE_NAMES.map((s) => [s]))(
    'should refuse every agency-scoped route of %s for another agency',
    async (service) => {
      const base = platform.url(service);
      const doc = (await (await fetch(`${base}/docs-json`)).json()) as OpenApi;
      const token = await mintDevToken({
        roles: ['PEGAWAI', 'PENILAI', 'ATASAN_PENILAI', 'ADMIN_INSTANSI'],
        agencyId: own,
        employeeId: `emp-${own}`,
      });
      const routes = Object.entries(doc.paths)
        .filter(([path]) => path.includes('{agencyId}'))
        .flatMap(([path, methods]) => Object.keys(methods).map((method) => ({ path, method })));
      const answers: string[] = [];
      for (const { path, method } of routes) {
        const concrete = path.replace('{agencyId}', other).replace(/\{[^}]+\}/g, 'x-1');
        const hasBody = method !== 'get' && method !== 'delete';
        // Imports take the file itself (text/csv); everything else JSON.
        const csv = path.includes('/imports');
        const res = await fetch(`${base}${concrete}`, {
          method: method.toUpperCase(),
          headers: {
            authorization: `Bearer ${token}`,
            ...(hasBody
              ? {
                  'content-type': csv ? 'text/csv' : 'application/json',
                  'idempotency-key': randomLetters(12),
                }
              : {}),
          },
          body: hasBody ? (csv ? 'employee_id\nE1\n' : '{}') : undefined,
        });
        if (res.status !== 403 && res.status !== 404) {
          answers.push(`${method.toUpperCase()} ${path}: ${res.status}`);
        }
      }
      expect(answers).toEqual([]);
    },
  );
});
