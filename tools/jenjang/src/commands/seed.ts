import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { findRepoRoot } from '@jenjang/auth';
import { say } from '../output';

/** The services with a `seed:<service>` script in the root package.json. */
export function seedScripts(scripts: Record<string, string>): string[] {
  return Object.keys(scripts)
    .filter((name) => name.startsWith('seed:'))
    .map((name) => name.slice('seed:'.length))
    .sort();
}

function run(root: string, script: string): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script], {
      cwd: root,
      stdio: 'inherit',
    });
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

export function registerSeed(program: Command): void {
  program
    .command('seed [services...]')
    .description('load the demo agency into the services (all that have a seed, by default)')
    .action(async (services: string[]) => {
      const root = findRepoRoot();
      const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
        scripts: Record<string, string>;
      };
      const available = seedScripts(pkg.scripts);
      const chosen = services.length > 0 ? services : available;
      const unknown = chosen.filter((s) => !available.includes(s));
      if (unknown.length > 0) {
        throw new Error(`no seed for ${unknown.join(', ')} (seeds: ${available.join(', ')})`);
      }
      for (const service of chosen) {
        say(`seeding ${service}…`);
        const code = await run(root, `seed:${service}`);
        if (code !== 0) throw new Error(`seed:${service} failed with exit code ${code}`);
      }
    });
}
