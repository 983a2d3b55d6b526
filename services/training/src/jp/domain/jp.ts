// The yearly JP (jam pelajaran) rule: PP 11/2017 art. 203(4) as amended by PP 17/2020, at least
// 20 JP a year per PNS. Pure functions over numbers and dates.

export interface JpStanding {
  employeeId: string;
  unitId: string;
  jpEarned: number;
  jpRequired: number;
  jpMissing: number;
  met: boolean;
}

export function standing(
  employeeId: string,
  unitId: string,
  jpEarned: number,
  jpRequired: number,
): JpStanding {
  const jpMissing = Math.max(0, jpRequired - jpEarned);
  return { employeeId, unitId, jpEarned, jpRequired, jpMissing, met: jpMissing === 0 };
}

export interface UnitFulfilment {
  unitId: string;
  people: number;
  met: number;
  /** Share of people who met the minimum, 0–100, two decimals. */
  metPercent: number;
  behind: JpStanding[];
}

export function perUnit(list: readonly JpStanding[]): UnitFulfilment[] {
  const units = new Map<string, JpStanding[]>();
  for (const s of list) units.set(s.unitId, [...(units.get(s.unitId) ?? []), s]);
  return [...units.entries()]
    .map(([unitId, people]) => {
      const met = people.filter((p) => p.met).length;
      return {
        unitId,
        people: people.length,
        met,
        metPercent: Math.round((10000 * met) / people.length) / 100,
        behind: people.filter((p) => !p.met).sort((a, b) => b.jpMissing - a.jpMissing),
      };
    })
    .sort((a, b) => a.unitId.localeCompare(b.unitId));
}

/**
 * The latest reminder round whose date (MM-DD, Asia/Jakarta) has come in `year`, or null before
 * the first. Rounds are numbered from 1 in the configured order.
 */
export function dueRound(
  dates: readonly string[],
  now: Date,
): { year: number; round: number } | null {
  const wib = new Date(now.getTime() + 7 * 3600_000);
  const year = wib.getUTCFullYear();
  const today = wib.toISOString().slice(5, 10);
  let round = 0;
  dates.forEach((d, i) => {
    if (d <= today) round = i + 1;
  });
  return round > 0 ? { year, round } : null;
}

// JP count toward the calendar year, in Asia/Jakarta (UTC+7, no daylight saving), in which the
// training ended: a December course recorded in January still counts for December's year. A
// completion recorded before the session's planned end (an early finish) ends it then.
const WIB_OFFSET_MS = 7 * 3600_000;

/** The year a completed training's JP count toward. */
export function jpYear(endsAt: Date, completedAt: Date): number {
  const ended = endsAt.getTime() < completedAt.getTime() ? endsAt : completedAt;
  return new Date(ended.getTime() + WIB_OFFSET_MS).getUTCFullYear();
}
