// Where a bulk's CPU went outside the services: the store and the broker the project started
// (their pid files under JENJANG_STATE_DIR, as scripts/infra.mjs writes them), and the machine as
// a whole (/proc/stat). Linux only; elsewhere, or when the infrastructure runs somewhere else,
// those figures are left out.
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';

/** Clock ticks per second of /proc's CPU times (USER_HZ: 100 on every Linux the project runs on). */
const TICKS_PER_SECOND = 100;
const INFRA = ['mongo', 'kafka'] as const;

export interface CpuSnapshot {
  /** CPU seconds of the store and the broker, if their processes were found. */
  infra: Partial<Record<(typeof INFRA)[number], number>>;
  /** The whole machine's busy and total CPU seconds (all cores), if /proc/stat was readable. */
  machine?: { busy: number; total: number };
  /** The bench's own process (its recorder of the public topics and the SMTP mailbox). */
  bench: number;
}

const read = (path: string): string | undefined => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
};

/** utime + stime of a process, in seconds. */
function processCpuSeconds(pid: number): number | undefined {
  const stat = read(`/proc/${pid}/stat`);
  if (!stat) return undefined;
  // The command name (field 2) may hold spaces: count the fields after its closing parenthesis.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}

function machineCpuSeconds(): CpuSnapshot['machine'] {
  const line = read('/proc/stat')?.split('\n')[0];
  if (!line?.startsWith('cpu ')) return undefined;
  const [user, nice, system, idle, iowait, irq, softirq, steal] = line
    .split(/\s+/)
    .slice(1)
    .map(Number);
  const busy = user + nice + system + irq + softirq + steal;
  return { busy: busy / TICKS_PER_SECOND, total: (busy + idle + iowait) / TICKS_PER_SECOND };
}

export function cpuSnapshot(stateDir = process.env.JENJANG_STATE_DIR || '.jenjang'): CpuSnapshot {
  const infra: CpuSnapshot['infra'] = {};
  for (const name of INFRA) {
    const pid = Number(read(join(resolve(stateDir), 'infra', `${name}.pid`))?.trim());
    const seconds = pid > 0 ? processCpuSeconds(pid) : undefined;
    if (seconds !== undefined) infra[name] = seconds;
  }
  const self = process.cpuUsage();
  return { infra, machine: machineCpuSeconds(), bench: (self.user + self.system) / 1e6 };
}

/**
 * Per appraisal between two snapshots: the store's and the broker's CPU ms, the machine's busy CPU
 * ms (services, store, broker, the bench itself, anything else), how busy the machine was, and the
 * ceiling that cost sets: the appraisals per second the machine's cores could carry at that cost.
 */
export function cpuPerAppraisal(before: CpuSnapshot, after: CpuSnapshot, n: number) {
  const ms = (a?: number, b?: number) =>
    a === undefined || b === undefined ? undefined : ((b - a) * 1000) / n;
  const machine =
    before.machine && after.machine
      ? {
          busyMs: ((after.machine.busy - before.machine.busy) * 1000) / n,
          busyShare:
            (after.machine.busy - before.machine.busy) /
            (after.machine.total - before.machine.total),
        }
      : undefined;
  return {
    storeCpuMs: ms(before.infra.mongo, after.infra.mongo),
    brokerCpuMs: ms(before.infra.kafka, after.infra.kafka),
    benchCpuMs: ms(before.bench, after.bench),
    machineBusyCpuMs: machine?.busyMs,
    machineBusyShare: machine?.busyShare,
    ceilingPerSecond: machine ? (cpus().length * 1000) / machine.busyMs : undefined,
  };
}
