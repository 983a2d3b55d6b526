import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { databaseUri, randomLetters, testEnv } from '@jenjang/testing';

// Traces reach the store: a MongoDB command sent inside a request's span is its child, and the
// statement shows the query's shape, never the values (a name is personal data).
const ROOT = join(__dirname, '..', '..', '..', '..');

interface FinishedSpan {
  name: string;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  attributes: Record<string, unknown>;
}

describe('MongoDB tracing (startTelemetry)', () => {
  it('should record a command as a child span without its values when sent inside a span', () => {
    const uri = databaseUri(testEnv().mongoUri, `trace-${randomLetters(6)}`);
    const run = spawnSync(
      process.execPath,
      ['-r', '@swc-node/register', 'libs/observability/test/fixtures/mongo-trace.fixture.ts', uri],
      {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, SWC_NODE_PROJECT: join(ROOT, 'tsconfig.base.json') },
      },
    );
    expect({ status: run.status, stderr: run.status === 0 ? '' : run.stderr }).toEqual({
      status: 0,
      stderr: '',
    });
    const spans = JSON.parse(run.stdout.trim().split('\n').pop() ?? '[]') as FinishedSpan[];
    const parent = spans.find((s) => s.name === 'handle request');
    const commands = spans.filter(
      (s) =>
        s.attributes['db.system'] === 'mongodb' || s.attributes['db.system.name'] === 'mongodb',
    );

    expect(parent).toBeDefined();
    // The insert outside any span is not traced; the find inside is, as the request's child.
    expect(commands).toHaveLength(1);
    expect(commands[0]).toMatchObject({ traceId: parent?.traceId, parentSpanId: parent?.spanId });
    expect(JSON.stringify(commands[0].attributes)).toContain('people');
    expect(JSON.stringify(commands[0].attributes)).not.toContain('Siti');
  });
});
