import type { Command } from 'commander';
import { ensureDevKeys, findRepoRoot, isRole, mintDevToken, ROLES } from '@jenjang/auth';
import { out, say } from '../output';

export function registerToken(program: Command): void {
  program
    .command('token')
    .description('mint a development bearer token (signed with the local dev key)')
    .requiredOption('-a, --agency <id>', 'agency (instansi) of the caller')
    .option('-r, --role <role...>', `roles: ${ROLES.join(', ')}`, ['PEGAWAI'])
    .option('-e, --employee <id>', 'employee id of the caller')
    .option('-u, --unit <id>', 'unit of the caller')
    .option('--ttl <ttl>', 'lifetime, e.g. 8h', '8h')
    .action(
      async (opts: {
        agency: string;
        role: string[];
        employee?: string;
        unit?: string;
        ttl: string;
      }) => {
        const unknown = opts.role.filter((r) => !isRole(r));
        if (unknown.length > 0) throw new Error(`unknown role(s): ${unknown.join(', ')}`);
        const files = ensureDevKeys(findRepoRoot());
        if (files.created) say(`created a dev key pair in ${files.dir}`);
        out(
          await mintDevToken(
            {
              roles: opts.role.filter(isRole),
              agencyId: opts.agency,
              employeeId: opts.employee,
              unitId: opts.unit,
            },
            { expiresIn: opts.ttl },
          ),
        );
      },
    );
}
