// Loads the demo agency into the career-planning service's database (MONGODB_URI from the
// service's config). Usage:
//   npm run seed:career-planning [-- --agency pemprov-diy-demo] [--seed jenjang-demo] [--year 2026]
//     [--no-events]
// Idempotent: a second run inserts nothing. Seeded placements carry employee-placed in their
// outbox (published once the service runs); --no-events leaves the outboxes empty. Run it with
// the evaluation seed (same agency and seed): its annual appraisals place people in the 9-box.
import { parseArgs } from 'node:util';
import { connectMongo } from '@jenjang/persistence';
import { careerPlanningConfig } from '../config/career-planning.config';
import { seedCareerDemo } from './seed-career-demo';

const out = (line = '') => process.stdout.write(`${line}\n`);

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      agency: { type: 'string' },
      seed: { type: 'string' },
      year: { type: 'string' },
      'no-events': { type: 'boolean' },
    },
  });
  const year = values.year === undefined ? undefined : Number(values.year);
  if (year !== undefined && !(Number.isInteger(year) && year >= 2000 && year <= 2100)) {
    process.stderr.write(`--year must be a year from 2000 to 2100, got ${values.year}\n`);
    return 2;
  }
  const config = careerPlanningConfig.load();
  const connection = await connectMongo({ uri: config.MONGODB_URI, appName: 'jenjang-seed' });
  try {
    const s = await seedCareerDemo(connection, {
      agencyId: values.agency,
      seed: values.seed,
      year,
      publishPlacements: !values['no-events'],
    });
    out(`Demo agency ${s.agencyId}`);
    out(
      `  inserted: ${s.inserted.positions}/${s.planned.positions} positions, ${s.inserted.placements}/${s.planned.placements} placements, ${s.inserted.potentialAssessments}/${s.planned.potentialAssessments} potential assessments, ${s.inserted.ranks}/${s.planned.ranks} ranks; ${s.eventsStaged} employee-placed staged`,
    );
    out();
    out('Try it (dev tokens):');
    out(`  HR admin: npm run dev-token -- --role ADMIN_INSTANSI --agency ${s.agencyId}`);
    out('  GET  /api/v1/positions?isKey=true');
    out("  GET  /api/v1/reports/nine-box   (after the evaluation seed's appraisals are consumed)");
    out('  POST /api/v1/succession-pools/jab-dinkes-kepala/refresh');
    out('  POST /api/v1/rotations/propose');
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
