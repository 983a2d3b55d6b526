// Mints a development bearer token signed with the local dev key (.jenjang/dev-keys/, created on
// first use). Usage:
//   node -r @swc-node/register libs/auth/src/cli/dev-token.ts --role PEGAWAI --agency AG1 \
//     [--role PENILAI] [--employee E1] [--unit U1] [--sub user-1] [--ttl 8h] [--print-key]
import { parseArgs } from 'node:util';
import {
  assertNotProduction,
  DEV_AUDIENCE,
  DEV_ISSUER,
  ensureDevKeys,
  findRepoRoot,
  mintDevToken,
} from '../dev-keys';
import { isRole, ROLES, type Role } from '../roles';

const USAGE = `usage: dev-token --role <ROLE> [--role <ROLE>…] --agency <ID> [--employee <ID>] [--unit <ID>] [--sub <ID>] [--ttl 8h]
roles: ${ROLES.join(', ')}`;

async function main(): Promise<number> {
  // Before anything else: no key pair is made and no token printed in production.
  assertNotProduction('dev-token');
  const { values } = parseArgs({
    options: {
      role: { type: 'string', multiple: true },
      agency: { type: 'string' },
      employee: { type: 'string' },
      unit: { type: 'string' },
      sub: { type: 'string' },
      ttl: { type: 'string' },
      'print-key': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const rootDir = findRepoRoot();
  const files = ensureDevKeys(rootDir);
  if (files.created) console.error(`[dev-token] created a dev key pair in ${files.dir}`);
  if (values['print-key']) {
    console.error(`[dev-token] public key: ${files.publicKeyPath} (JWKS: ${files.jwksPath})`);
  }
  const roles = values.role ?? [];
  const unknown = roles.filter((r) => !isRole(r));
  if (roles.length === 0 || unknown.length > 0 || !values.agency) {
    if (unknown.length > 0) console.error(`unknown role(s): ${unknown.join(', ')}`);
    console.error(USAGE);
    return 2;
  }
  const token = await mintDevToken(
    {
      roles: roles as Role[],
      agencyId: values.agency,
      ...(values.employee ? { employeeId: values.employee } : {}),
      ...(values.unit ? { unitId: values.unit } : {}),
      ...(values.sub ? { subject: values.sub } : {}),
    },
    { rootDir, ...(values.ttl ? { expiresIn: values.ttl } : {}) },
  );
  console.error(`[dev-token] issuer ${DEV_ISSUER}, audience ${DEV_AUDIENCE}`);
  console.log(token);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
