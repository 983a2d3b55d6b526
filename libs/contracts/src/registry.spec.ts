import { readFileSync } from 'node:fs';
import { allContracts } from './registry';
import { compatibilityProblems } from './compat';
import { readPublished } from './published';
import { namesNipOrNik, propertyPaths } from './schema-paths';
import {
  renderAsyncApi,
  renderPersonalData,
  ASYNCAPI_PATH,
  PERSONAL_DATA_PATH,
} from './asyncapi-document';

// Guards on the live contracts: every example validates, every version has a published
// snapshot it stays compatible with, and the committed AsyncAPI document is current.
describe('public contracts', () => {
  const published = readPublished();

  it('should validate its own example for every contract', () => {
    const invalid = allContracts()
      .filter((c) => !c.validate(c.example).ok)
      .map((c) => c.topic);
    expect(invalid).toEqual([]);
  });

  it('should stay compatible with the published snapshot of every contract', () => {
    const problems = allContracts().flatMap((c) =>
      published.has(c.topic)
        ? compatibilityProblems(published.get(c.topic), c.schema).map((p) => `${c.topic} ${p}`)
        : [`${c.topic} has no snapshot: run npm run contracts:generate`],
    );
    expect(problems).toEqual([]);
  });

  it('should carry no NIP or NIK in any public event (UU 27/2022)', () => {
    const found = allContracts().flatMap((c) =>
      propertyPaths(c.schema)
        .filter(namesNipOrNik)
        .map((p) => `${c.topic} ${p}`),
    );
    expect(found).toEqual([]);
  });

  it('should have no published snapshot without its contract (versions are never dropped)', () => {
    const live = new Set(allContracts().map((c) => c.topic));
    expect([...published.keys()].filter((t) => !live.has(t))).toEqual([]);
  });

  it('should match the committed docs/asyncapi.yaml (run npm run contracts:generate)', () => {
    expect(readFileSync(ASYNCAPI_PATH, 'utf8')).toBe(renderAsyncApi());
  });

  it('should match the committed docs/personal-data.md (run npm run contracts:generate)', () => {
    expect(readFileSync(PERSONAL_DATA_PATH, 'utf8')).toBe(renderPersonalData());
  });
});
