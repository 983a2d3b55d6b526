// Loads the demo agency into the evaluation service's database (MONGODB_URI from the service's
// config; the local development store by default). Usage:
//   npm run seed:evaluation [-- --agency pemprov-diy-demo] [--seed jenjang-demo] [--year 2026]
//     [--no-events]
// Idempotent: a second run inserts nothing and changes nothing. Seeded FINAL appraisals carry
// appraisal-finalized in their outbox (the relay publishes them once the service runs, so the
// other services see last year's results); --no-events leaves the outboxes empty.
import { parseArgs } from 'node:util';
import { connectMongo } from '@jenjang/persistence';
import { evaluationConfig } from '../config/evaluation.config';
import { periodLabel, seedEvaluationDemo, type SeedSummary } from './seed-evaluation-demo';

const out = (line = '') => process.stdout.write(`${line}\n`);

function print(summary: SeedSummary): void {
  const { agencyId, documents, inserted } = summary;
  out(`Demo agency ${agencyId} (year ${summary.year})`);
  out(
    `  inserted: ${inserted.settings} settings, ${inserted.unitPerformance} organisation predikat, ${inserted.skps} SKPs, ${inserted.appraisals} appraisals; ${summary.eventsStaged} appraisal-finalized staged`,
  );
  for (const [year, states] of Object.entries(summary.skpsByYearAndStatus)) {
    out(
      `  SKP ${year}: ${Object.entries(states)
        .map(([s, n]) => `${s} ${n}`)
        .join(', ')}`,
    );
  }
  for (const [period, states] of Object.entries(summary.appraisalsByPeriodAndStatus)) {
    out(
      `  appraisals ${period}: ${Object.entries(states)
        .map(([s, n]) => `${s} ${n}`)
        .join(', ')}`,
    );
  }
  const quarter = periodLabel(documents.quarter);
  const head = documents.employees.find((e) => e.level === 'HEAD')!;
  const pengawas = documents.employees.find((e) => e.level === 'PENGAWAS')!;
  const returned = documents.skps.find(
    (s) => s.status === 'DIKEMBALIKAN' && s.year === summary.year,
  );
  const objecting = documents.appraisals.find((a) => a.status === 'KEBERATAN');
  const token = (roles: string[], employee?: string) =>
    `npm run dev-token -- ${roles.map((r) => `--role ${r}`).join(' ')} --agency ${agencyId}${employee ? ` --employee ${employee}` : ''}`;
  out();
  out('Try it (dev tokens):');
  out(`  HR admin (reports):            ${token(['ADMIN_INSTANSI'])}`);
  out(
    `  head of ${head.unit.unitId} (penilai of pengawas): ${token(['PEGAWAI', 'PENILAI'], head.employeeId)}`,
  );
  out(`  pengawas (penilai of staff):   ${token(['PEGAWAI', 'PENILAI'], pengawas.employeeId)}`);
  if (returned) out(`  pegawai with a returned SKP:   ${token(['PEGAWAI'], returned.employeeId)}`);
  if (objecting) {
    out(
      `  atasan deciding a keberatan:   ${token(['PEGAWAI', 'PENILAI', 'ATASAN_PENILAI'], objecting.atasanPenilaiId)}`,
    );
    out(`    (appraisal ${objecting._id}, ${quarter})`);
  }
  out(`  GET /api/v1/agencies/${agencyId}/reports/predikat-distribution?year=${summary.year - 1}`);
  out(`  GET /api/v1/agencies/${agencyId}/reports/stuck`);
}

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
  const config = evaluationConfig.load();
  const connection = await connectMongo({ uri: config.MONGODB_URI, appName: 'jenjang-seed' });
  try {
    const summary = await seedEvaluationDemo(connection, {
      agencyId: values.agency,
      seed: values.seed,
      year,
      publishFinalized: !values['no-events'],
    });
    print(summary);
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
