import type { DevelopedCompetency } from '@jenjang/contracts';
import { NATIONAL_COMPETENCIES } from '@jenjang/contracts';
import { DEMO_PROGRAMS, type DemoProgram } from '@jenjang/demo-data';
import type { ProgramDoc, SessionDoc } from '../catalog/catalog.schema';
import type { Availability } from '../catalog/domain/program';

// The demo catalog (libs/demo-data) as this service stores it: programs of the agency and of the
// province, with sessions opening in the weeks after the seed runs.

export interface DemoCatalogOptions {
  readonly agencyId: string;
  /** The owner of the province-wide programs (the province's training agency). */
  readonly provinceAgencyId: string;
  readonly now: Date;
}

const DAY = 86_400_000;
const WIB = 7 * 3600_000;
const NAMES: Record<string, string> = Object.fromEntries(
  NATIONAL_COMPETENCIES.map((c) => [c.code, c.name]),
);

/** Monday 08:00 WIB of the week of `now` (so the session ids stay the same all week). */
export function seedWeek(now: Date): Date {
  const local = new Date(now.getTime() + WIB);
  const sinceMonday = (local.getUTCDay() + 6) % 7;
  const monday = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate());
  return new Date(monday - sinceMonday * DAY + 8 * 3600_000 - WIB);
}

export function demoProgramId(o: DemoCatalogOptions, p: Pick<DemoProgram, 'code' | 'owner'>) {
  return `${p.owner === 'AGENCY' ? o.agencyId : o.provinceAgencyId}.${p.code}`;
}

/**
 * The demo programs and their sessions as stored documents. Program ids are `<owner>.<code>`;
 * session ids carry their start date, so a run in a later week adds that week's new sessions and
 * a run in the same week adds nothing. The first sessions open next Monday.
 */
export function demoCatalog(o: DemoCatalogOptions): {
  programs: ProgramDoc[];
  sessions: SessionDoc[];
} {
  const byCode = new Map(DEMO_PROGRAMS.map((p) => [p.code, p]));
  const week = seedWeek(o.now).getTime();
  const programs: ProgramDoc[] = [];
  const sessions: SessionDoc[] = [];
  for (const p of DEMO_PROGRAMS) {
    const id = demoProgramId(o, p);
    const agencyId = p.owner === 'AGENCY' ? o.agencyId : o.provinceAgencyId;
    const competencies: DevelopedCompetency[] = p.competencies.map(([code, level, raises]) => ({
      competencyCode: code,
      level,
      raisesAssessedLevel: raises,
    }));
    const availability: Availability = p.owner === 'AGENCY' ? 'OWN' : 'PROVINCE';
    programs.push({
      _id: id,
      agencyId,
      title: p.title,
      description: p.description,
      form: p.form,
      provider: { ...p.provider },
      jp: p.jp,
      competencies,
      competencyNames: Object.fromEntries(p.competencies.map(([c]) => [c, NAMES[c] ?? c])),
      berakhlakValues: [...p.berakhlakValues],
      prerequisites: (p.prerequisites ?? []).map((code) => demoProgramId(o, byCode.get(code)!)),
      availability,
      selfPaced: p.selfPaced ?? false,
      active: true,
      createdAt: o.now,
      updatedAt: o.now,
    });
    for (const w of p.weeks) {
      const startsAt = new Date(week + w * 7 * DAY);
      const date = new Date(startsAt.getTime() + WIB).toISOString().slice(0, 10);
      sessions.push({
        _id: `${id}.${date}`,
        programId: id,
        agencyId,
        startsAt,
        endsAt: new Date(startsAt.getTime() + (p.days - 1) * DAY + 8 * 3600_000),
        capacity: p.capacity,
        seatsTaken: 0,
        seats: [],
        location: p.where.location ?? null,
        link: p.where.link ?? null,
        createdAt: o.now,
      });
    }
  }
  return { programs, sessions };
}
