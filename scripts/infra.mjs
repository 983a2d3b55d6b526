#!/usr/bin/env node
// Jenjang infrastructure CLI: install | up | down | status. See scripts/infra-lib.mjs.
//   install  copy the pinned jars (Maven) and compile the Mongo launcher, when missing
//   up       start Kafka (127.0.0.1:29092) and Mongo (127.0.0.1:27027) unless running or given by
//            KAFKA_BROKERS / MONGODB_URI, wait until they answer, apply deploy/topics.yaml
//   down     stop both (SIGTERM, SIGKILL after a grace period)
//   status   running/answering; exit 1 when either does not answer
import path from 'node:path';
import {
  applyTopics,
  ensureInfra,
  infraStatus,
  installInfra,
  ROOT,
  stopInfra,
} from './infra-lib.mjs';

// kafkajs 2.2.4 schedules a negative setTimeout in its request queue (harmless; Node >= 23 warns
// TimeoutNegativeWarning once per process). Keep the CLI output clean.
const emitWarning = process.emitWarning;
process.emitWarning = (warning, ...rest) => {
  const type = typeof rest[0] === 'string' ? rest[0] : (rest[0]?.type ?? warning?.name);
  if (type === 'TimeoutNegativeWarning') return;
  emitWarning.call(process, warning, ...rest);
};

const out = (...a) => process.stdout.write(a.join(' ') + '\n');

async function main(cmd) {
  switch (cmd) {
    case 'install': {
      const t0 = Date.now();
      const did = installInfra();
      if (did.jars || did.compiled) {
        out(
          `[infra] installed (${did.jars ? 'jars ' : ''}${did.compiled ? 'mongo launcher ' : ''}) in ${Date.now() - t0} ms`,
        );
      }
      return 0;
    }
    case 'up': {
      const t0 = Date.now();
      const r = await ensureInfra();
      const topics = await applyTopics(
        r.kafkaBrokers,
        process.env.JENJANG_TOPICS_MANIFEST || undefined,
      );
      out(`kafka   ${r.kafkaBrokers.join(',')} (${r.kafka})`);
      out(`mongo   ${r.mongoUri} (${r.mongo})`);
      out(
        `topics  ${topics.created.length} created, ${topics.configsUpdated.length} configs updated, ` +
          `${topics.partitionsAdded.length} grown, ${topics.unchanged.length} unchanged`,
      );
      for (const [k, list] of Object.entries({
        created: topics.created,
        'config updated': topics.configsUpdated,
        'partitions added': topics.partitionsAdded,
      })) {
        for (const t of list) out(`  ${k}: ${t}`);
      }
      out(`ready in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
      return 0;
    }
    case 'down': {
      const r = await stopInfra();
      out(`kafka   ${r.kafka}`);
      out(`mongo   ${r.mongo}`);
      return 0;
    }
    case 'status': {
      const s = await infraStatus();
      let ok = true;
      for (const [name, v] of Object.entries(s)) {
        ok &&= v.answering;
        const proc = v.external
          ? 'external'
          : v.pid
            ? `running, pid ${v.pid}`
            : 'not running (no local process)';
        out(
          `${name.padEnd(7)} ${v.target}  ${proc}  ${v.answering ? 'answering' : 'NOT answering'}` +
            (v.external || v.answering ? '' : `  (log ${path.relative(ROOT, v.log)})`),
        );
      }
      return ok ? 0 : 1;
    }
    default:
      process.stderr.write('usage: node scripts/infra.mjs install|up|down|status\n');
      return 2;
  }
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`[infra] ${err?.stack ?? err}\n`);
    process.exit(1);
  },
);
