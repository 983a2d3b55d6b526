// Loads the demo training catalog into the training service's database (MONGODB_URI from the
// service's config). Usage:
//   npm run seed:training [-- --agency pemprov-diy-demo] [--province bpsdm-diy-demo]
// Idempotent: a second run in the same week inserts nothing; a run in a later week adds the
// sessions of the weeks ahead and leaves everything else as it is.
import { parseArgs } from 'node:util';
import { connectMongo } from '@jenjang/persistence';
import { trainingConfig } from '../config/training.config';
import { seedTrainingDemo } from './seed-training-demo';

const out = (line = '') => process.stdout.write(`${line}\n`);

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { agency: { type: 'string' }, province: { type: 'string' } },
  });
  const config = trainingConfig.load();
  const connection = await connectMongo({ uri: config.MONGODB_URI, appName: 'jenjang-seed' });
  try {
    const s = await seedTrainingDemo(connection, {
      agencyId: values.agency,
      provinceAgencyId: values.province,
    });
    out(
      `Demo training catalog for ${s.agencyId} (province-wide programs of ${s.provinceAgencyId})`,
    );
    out(
      `  inserted: ${s.inserted.programs} of ${s.programs} programs, ${s.inserted.sessions} of ${s.sessions} sessions`,
    );
    for (const p of s.catalog.programs) {
      const next = s.catalog.sessions.find((x) => x.programId === p._id);
      out(
        `  ${p.availability === 'PROVINCE' ? 'province' : 'own     '} ${p.form.padEnd(22)} ${String(p.jp).padStart(3)} JP  ${p.title}${next ? ` (from ${next.startsAt.toISOString().slice(0, 10)})` : ''}`,
      );
    }
    out();
    out(
      `  GET /api/v1/programs   (token: npm run dev-token -- --role ADMIN_INSTANSI --agency ${s.agencyId})`,
    );
    return 0;
  } finally {
    await connection.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`seed failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
