import { createReadStream, statSync } from 'node:fs';
import { Readable } from 'node:stream';
import type { Command } from 'commander';
import { mintDevToken } from '@jenjang/auth';
import { isServiceName, SERVICE_NAMES, type CliConfig } from '../config';
import { out, say } from '../output';
import { progressBar } from '../progress';

interface ImportOptions {
  agency?: string;
  token?: string;
  dryRun?: boolean;
}

/**
 * Uploads a CSV file to a service's import endpoint (e.g. `evaluation imports/skp`), with a
 * progress bar over the bytes sent, and prints the answer: the summary, or the row-by-row errors.
 */
export function registerImport(program: Command, config: () => CliConfig): void {
  program
    .command('import <service> <endpoint> <file>')
    .description(
      'upload a CSV file to a service, e.g. `jenjang import evaluation imports/skp skp.csv --agency X`',
    )
    .option('-a, --agency <id>', 'mint a dev token of an agency admin (ADMIN_INSTANSI)')
    .option('-t, --token <jwt>', 'bearer token to use instead (default $JENJANG_TOKEN)')
    .option('--dry-run', 'validate only; nothing is written')
    .action(async (service: string, endpoint: string, file: string, opts: ImportOptions) => {
      if (!isServiceName(service)) {
        throw new Error(`unknown service ${service} (one of ${SERVICE_NAMES.join(', ')})`);
      }
      const token =
        opts.token ??
        process.env.JENJANG_TOKEN ??
        (opts.agency
          ? await mintDevToken({ roles: ['ADMIN_INSTANSI'], agencyId: opts.agency })
          : undefined);
      if (!token) throw new Error('give --agency (dev token) or --token');
      const size = statSync(file).size;
      const bar = progressBar('uploading', size);
      const stream = createReadStream(file);
      stream.on('data', (chunk) => bar.increment(chunk.length));
      const path = endpoint.replace(/^\/?(api\/v1\/)?/, '');
      const url = `${config().services[service]}/api/v1/${path}${opts.dryRun ? '?dryRun=true' : ''}`;
      const res = await fetch(url, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'text/csv',
          'content-length': String(size),
        },
        body: Readable.toWeb(stream),
        duplex: 'half',
      });
      bar.stop();
      const text = await res.text();
      say(`${res.status} ${res.statusText}`);
      try {
        out(JSON.stringify(JSON.parse(text), null, 2));
      } catch {
        out(text);
      }
      if (!res.ok) process.exitCode = 1;
    });
}
