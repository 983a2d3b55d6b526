import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { findRepoRoot } from '../dev-keys';

const root = findRepoRoot();

// The CLI as `npm run dev-token` runs it.
function devToken(env: Record<string, string>) {
  return spawnSync(
    process.execPath,
    [
      '-r',
      require.resolve('@swc-node/register', { paths: [root] }),
      join(root, 'libs/auth/src/cli/dev-token.ts'),
      '--role',
      'ADMIN_PROVINSI',
      '--agency',
      'AG1',
    ],
    { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 60_000 },
  );
}

describe('dev-token CLI', () => {
  it('should refuse to run and print no token when NODE_ENV=production', () => {
    const result = devToken({ NODE_ENV: 'production' });

    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('dev-token exists only in development');
  });
});
