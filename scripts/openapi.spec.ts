import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { API_DIR, renderAll, SERVICES } from './openapi';

type Operation = {
  'x-roles'?: string[];
  requestBody?: { content: Record<string, { example?: unknown }> };
  responses: Record<string, { content?: Record<string, unknown> }>;
};

// The committed API reference is what the code says: regenerated from the Nest apps (preview
// mode, no broker or store) and compared file by file.
describe('API reference (docs/api)', () => {
  let files: Map<string, string>;

  beforeAll(async () => {
    files = await renderAll();
  }, 120_000);

  it('should match the committed documents and pages (run scripts/openapi.ts --write)', () => {
    for (const [name, text] of files) {
      expect({ name, text: readFileSync(join(API_DIR, name), 'utf8') }).toEqual({ name, text });
    }
  });

  it.each(SERVICES)(
    'should say for every route of %s who may call it, its errors and a request example',
    (service) => {
      const doc = JSON.parse(files.get(`${service}.openapi.json`)!) as {
        paths: Record<string, Record<string, Operation>>;
      };
      const gaps: string[] = [];
      for (const [path, item] of Object.entries(doc.paths)) {
        for (const [method, op] of Object.entries(item)) {
          const where = `${method.toUpperCase()} ${path}`;
          if (!Array.isArray(op['x-roles'])) gaps.push(`${where}: no roles`);
          if (!op.responses['400']?.content?.['application/problem+json'])
            gaps.push(`${where}: no errors`);
          const body = op.requestBody?.content['application/json'];
          if (body && body.example === undefined) gaps.push(`${where}: no request example`);
        }
      }
      expect(gaps).toEqual([]);
    },
  );
});
