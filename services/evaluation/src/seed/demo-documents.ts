import type { OutboxEntry } from '@jenjang/persistence';
import { checkCurve, emptyCounts, type PredikatCurve } from '../agency/domain/curve';
import type { AgencySettingsDoc } from '../agency/agency-settings.schema';
import { unitPerformanceId, type UnitPerformanceDoc } from '../agency/unit-performance.schema';
import { appraisalFinalized } from '../appraisal/appraisal-events';
import { toView } from '../appraisal/appraisal.mapper';
import type { AppraisalDoc, FeedbackDoc } from '../appraisal/appraisal.schema';
import type { AppraisalStatus, Keberatan } from '../appraisal/domain/appraisal';
import { periodOf, type Period } from '../appraisal/domain/period';
import { BERAKHLAK_VALUES, predikatFor, type Predikat, type Rating } from '../shared/domain/rating';
import type { SkpStatus } from '../skp/domain/skp-status';
import type { SkpDoc } from '../skp/skp.schema';
import { DEMO_CURVE, DEMO_UNITS, demoChart, demoId, type DemoEmployee } from './demo-agency';
import { seeded, skpDoc, type SkpTimes } from './demo-skp';
import {
  CORRECTION_REASON,
  HASIL_KERJA_FEEDBACK,
  OBJECTION_DECISION,
  OBJECTION_REASON,
  PERILAKU_FEEDBACK,
  PERILAKU_NOTES,
} from '@jenjang/demo-data';

export interface DemoOptions {
  readonly seed: string;
  readonly agencyId: string;
  /** The current year: SKPs in every state; the previous year's annual appraisals are final. */
  readonly year: number;
  /** Timestamps are placed before this moment. */
  readonly now: Date;
  /** Stage appraisal-finalized for every seeded FINAL appraisal (published by the relay). */
  readonly publishFinalized: boolean;
}

/** What a seed writes: the documents without their storage fields (insertMissing adds them). */
export type SeedSkp = Omit<SkpDoc, 'outbox' | 'outboxLease'>;
export type SeedAppraisal = Omit<AppraisalDoc, 'outbox' | 'outboxLease'> & {
  readonly events?: OutboxEntry[];
};

export interface DemoDocuments {
  readonly settings: AgencySettingsDoc;
  readonly unitPerformance: UnitPerformanceDoc[];
  readonly skps: SeedSkp[];
  /** With `events`: the appraisal-finalized a FINAL one stages (publishFinalized). */
  readonly appraisals: SeedAppraisal[];
  readonly sekdaId: string;
  readonly employees: readonly DemoEmployee[];
  /** The quarter of the current year whose appraisals are under way. */
  readonly quarter: Period;
}

export const OBJECTION_WINDOW_DAYS = 14;
const DAY = 24 * 60 * 60 * 1000;

const addDays = (d: Date, days: number) => new Date(d.getTime() + days * DAY);
/** The date, or `daysAgo` before now when the date is not past yet (a seed early in a year). */
function past(iso: string | Date, now: Date, daysAgo: number): Date {
  const d = typeof iso === 'string' ? new Date(iso) : iso;
  const latest = addDays(now, -daysAgo);
  return d.getTime() < latest.getTime() ? d : latest;
}

type Ratings = { hasilKerja: Rating; perilakuKerja: Rating };
const SB: Ratings = { hasilKerja: 'DI_ATAS_EKSPEKTASI', perilakuKerja: 'DI_ATAS_EKSPEKTASI' };
const BAIK_HIGH: Ratings = { hasilKerja: 'DI_ATAS_EKSPEKTASI', perilakuKerja: 'SESUAI_EKSPEKTASI' };
const BAIK: Ratings = { hasilKerja: 'SESUAI_EKSPEKTASI', perilakuKerja: 'SESUAI_EKSPEKTASI' };
const BP: Ratings = { hasilKerja: 'DI_BAWAH_EKSPEKTASI', perilakuKerja: 'SESUAI_EKSPEKTASI' };

// Mostly Baik, some Sangat Baik and Butuh Perbaikan, as a unit's staff tend to be.
function ratingsOf(e: DemoEmployee, salt: number): Ratings {
  switch ((e.index + salt) % 9) {
    case 0:
      return SB;
    case 4:
      return BP;
    case 6:
      return BAIK_HIGH;
    default:
      return BAIK;
  }
}

interface AppraisalTimes {
  opened: Date;
  realisasi: Date;
  feedback: Date;
  rated: Date;
  predikat: Date;
  objected: Date;
  finalized: Date;
}

interface AppraisalPlan {
  status: AppraisalStatus;
  ratings: Ratings;
  version?: number;
  correctionOf?: string;
  keberatan?: 'OPEN' | 'UPHELD';
}

const STEP: Record<AppraisalStatus, number> = {
  REALISASI_DIISI: 1,
  UMPAN_BALIK: 2,
  DINILAI: 3,
  PREDIKAT_DITETAPKAN: 4,
  KEBERATAN: 5,
  FINAL: 6,
};

function appraisalDoc(
  o: DemoOptions,
  e: DemoEmployee,
  skp: SeedSkp,
  period: Period,
  plan: AppraisalPlan,
  t: AppraisalTimes,
): SeedAppraisal {
  const version = plan.version ?? 1;
  const id = demoId(
    o.seed,
    o.agencyId,
    'appraisal',
    skp._id,
    period.kind,
    period.index ?? 0,
    version,
  );
  const step = STEP[plan.status];
  const rated = step >= STEP.DINILAI;
  const withPredikat = step >= STEP.PREDIKAT_DITETAPKAN;
  const feedback: FeedbackDoc[] =
    step < STEP.UMPAN_BALIK
      ? []
      : [
          {
            id: demoId(o.seed, id, 'feedback', 0),
            about: { kind: 'HASIL_KERJA', hasilKerjaId: skp.hasilKerja[0].id },
            text: HASIL_KERJA_FEEDBACK[e.index % HASIL_KERJA_FEEDBACK.length],
            penilaiId: e.penilaiId,
            givenAt: t.feedback,
          },
          {
            id: demoId(o.seed, id, 'feedback', 1),
            about: { kind: 'PERILAKU', value: BERAKHLAK_VALUES[e.index % BERAKHLAK_VALUES.length] },
            text: PERILAKU_FEEDBACK[BERAKHLAK_VALUES[e.index % BERAKHLAK_VALUES.length]],
            penilaiId: e.penilaiId,
            givenAt: t.feedback,
          },
        ];
  const { hasilKerja, perilakuKerja } = plan.ratings;
  const keberatan: Keberatan | null =
    plan.keberatan === 'OPEN'
      ? { reason: OBJECTION_REASON, filedAt: t.objected }
      : plan.keberatan === 'UPHELD'
        ? {
            reason: OBJECTION_REASON,
            filedAt: t.objected,
            decidedAt: t.finalized,
            decidedBy: e.atasanPenilaiId ?? e.penilaiId,
            decisionNote: OBJECTION_DECISION,
            previous: { ...BP, predikat: predikatFor(BP.hasilKerja, BP.perilakuKerja) },
          }
        : null;
  const doc: SeedAppraisal = {
    _id: id,
    agencyId: o.agencyId,
    unitId: e.unit.unitId,
    employeeId: e.employeeId,
    skpId: skp._id,
    position: e.position,
    period,
    penilaiId: e.penilaiId,
    atasanPenilaiId: e.atasanPenilaiId ?? e.penilaiId,
    status: plan.status,
    version,
    correctionOf: plan.correctionOf ?? null,
    correctionReason: plan.correctionOf ? CORRECTION_REASON : null,
    realisasi: skp.hasilKerja.flatMap((h) =>
      h.indicators.map((i, n) => ({
        indicatorId: i.id,
        hasilKerjaId: h.id,
        value: n % 2 === 0 ? `Tercapai: ${i.target}` : `Sebagian tercapai (90% dari ${i.target})`,
        evidenceLinks: [`https://bukti-dukung.example.org/${o.agencyId}/${id}/${i.id}.pdf`],
        recordedAt: t.realisasi,
      })),
    ),
    feedback,
    ratingHasilKerja: rated ? hasilKerja : null,
    ratingPerilakuKerja: rated ? perilakuKerja : null,
    perilaku: BERAKHLAK_VALUES.map((value, n) =>
      !rated
        ? { value }
        : n % 3 === 0
          ? {
              value,
              rating: perilakuKerja,
              note: PERILAKU_NOTES[(e.index + n) % PERILAKU_NOTES.length],
            }
          : { value, rating: perilakuKerja },
    ),
    ratedAt: rated ? t.rated : null,
    predikat: withPredikat ? predikatFor(hasilKerja, perilakuKerja) : null,
    predikatSetAt: withPredikat ? t.predikat : null,
    objectionDeadline: withPredikat ? addDays(t.predikat, OBJECTION_WINDOW_DAYS) : null,
    keberatan,
    finalizedAt: plan.status === 'FINAL' ? t.finalized : null,
    revision: 1 + step,
    createdAt: t.opened,
    updatedAt:
      plan.status === 'FINAL'
        ? t.finalized
        : plan.status === 'KEBERATAN'
          ? t.objected
          : [t.opened, t.realisasi, t.feedback, t.rated, t.predikat][step - 1],
    audit: seeded(t.opened),
  };
  return o.publishFinalized && plan.status === 'FINAL'
    ? { ...doc, events: [appraisalFinalized(toView(doc))] as OutboxEntry[] }
    : doc;
}

/**
 * Organisation first: a staff predikat that the unit's curve would refuse is lowered to Baik,
 * as the penilai would have had to, so the demo holds only states the service can reach.
 */
function fitToCurve(plans: Map<DemoEmployee, AppraisalPlan>, curve: PredikatCurve): void {
  const byUnit = new Map<string, [DemoEmployee, AppraisalPlan][]>();
  for (const entry of plans) {
    byUnit.set(entry[0].unit.unitId, [...(byUnit.get(entry[0].unit.unitId) ?? []), entry]);
  }
  for (const entries of byUnit.values()) {
    const org = entries[0][0].unit.organisationPredikat;
    const counts = emptyCounts();
    for (const [, plan] of entries) {
      if (STEP[plan.status] < STEP.PREDIKAT_DITETAPKAN) continue;
      const predikat: Predikat = predikatFor(plan.ratings.hasilKerja, plan.ratings.perilakuKerja);
      if (!checkCurve(curve, org, counts, { add: predikat }, entries.length).ok) {
        plan.ratings = BAIK_HIGH;
      }
      counts[predikatFor(plan.ratings.hasilKerja, plan.ratings.perilakuKerja)] += 1;
    }
  }
}

/** The quarter whose appraisals are under way: the last one ended, or the first of the year. */
export function currentQuarter(year: number, now: Date): Period {
  if (year < now.getUTCFullYear()) return periodOf('TRIWULANAN', year, 4);
  const running = Math.floor(now.getUTCMonth() / 3) + 1;
  return periodOf('TRIWULANAN', year, Math.max(1, running - 1));
}

function skpStatusOf(e: DemoEmployee): SkpStatus {
  // Heads and pengawas have theirs approved (their staff's plans cascade from them).
  if (e.level !== 'STAFF') return 'DISETUJUI';
  switch (e.index % 10) {
    case 1:
    case 8:
      return 'DIAJUKAN';
    case 2:
      return 'DRAFT';
    case 3:
      return 'DIKEMBALIKAN';
    default:
      return 'DISETUJUI';
  }
}

const QUARTER_STATES: readonly AppraisalStatus[] = [
  'REALISASI_DIISI',
  'UMPAN_BALIK',
  'DINILAI',
  'PREDIKAT_DITETAPKAN',
  'FINAL',
  'FINAL',
  'FINAL',
];

export function demoDocuments(o: DemoOptions): DemoDocuments {
  const { now, year } = o;
  const previous = year - 1;
  const chart = demoChart(o.seed, o.agencyId);
  const created = past(`${year}-01-02T02:00:00Z`, now, 60);
  const settings: AgencySettingsDoc = {
    _id: o.agencyId,
    agencyId: o.agencyId,
    periodKinds: ['TRIWULANAN', 'TAHUNAN'],
    objectionWindowDays: OBJECTION_WINDOW_DAYS,
    curve: DEMO_CURVE,
    revision: 1,
    createdAt: created,
    updatedAt: created,
    audit: seeded(created),
  };
  const unitPerformance = [previous, year].flatMap((y) =>
    DEMO_UNITS.map((u): UnitPerformanceDoc => ({
      _id: unitPerformanceId(o.agencyId, u.unitId, y),
      agencyId: o.agencyId,
      unitId: u.unitId,
      year: y,
      predikat: u.organisationPredikat,
      unitName: u.name,
      basis: `LHE SAKIP ${y - 1} (demo)`,
      revision: 1,
      createdAt: created,
      updatedAt: created,
      audit: seeded(created),
    })),
  );

  // The previous year: every SKP approved, every annual appraisal final.
  const prevSkpTimes: SkpTimes = {
    created: new Date(`${previous}-01-08T02:00:00Z`),
    submitted: new Date(`${previous}-01-15T02:00:00Z`),
    decided: new Date(`${previous}-01-27T02:00:00Z`),
  };
  const annual = periodOf('TAHUNAN', previous, null);
  const annualTimes: AppraisalTimes = {
    opened: past(`${year}-01-05T02:00:00Z`, now, 50),
    realisasi: past(`${year}-01-08T02:00:00Z`, now, 48),
    feedback: past(`${year}-01-12T02:00:00Z`, now, 46),
    rated: past(`${year}-01-16T02:00:00Z`, now, 44),
    predikat: past(`${year}-01-20T02:00:00Z`, now, 42),
    objected: past(`${year}-01-23T02:00:00Z`, now, 40),
    finalized: past(`${year}-02-03T02:00:00Z`, now, 28),
  };
  const prevSkps = chart.employees.map((e) => skpDoc(o, e, previous, 'DISETUJUI', prevSkpTimes));
  const annualPlans = new Map<DemoEmployee, AppraisalPlan>(
    chart.employees.map((e) => [e, { status: 'FINAL', ratings: ratingsOf(e, 0) }]),
  );
  // One objection upheld (Butuh Perbaikan → Baik) and one corrected appraisal.
  const upheld = chart.employees.find((e) => e.unit.unitId === 'bkd' && e.level === 'STAFF')!;
  const corrected = chart.employees.find((e) => e.unit.unitId === 'dinkes' && e.level === 'STAFF')!;
  annualPlans.set(upheld, { status: 'FINAL', ratings: BAIK, keberatan: 'UPHELD' });
  annualPlans.set(corrected, { status: 'FINAL', ratings: BP });
  fitToCurve(annualPlans, DEMO_CURVE);
  const appraisals: SeedAppraisal[] = chart.employees.map((e, n) =>
    appraisalDoc(o, e, prevSkps[n], annual, annualPlans.get(e)!, annualTimes),
  );
  const v1 = appraisalDoc(
    o,
    corrected,
    prevSkps[chart.employees.indexOf(corrected)],
    annual,
    { status: 'FINAL', ratings: BAIK },
    annualTimes,
  );
  // The correction replaces the planned one: version 1 stays final as it was, version 2 corrects it.
  const correctionTimes: AppraisalTimes = {
    ...annualTimes,
    opened: past(`${year}-03-02T02:00:00Z`, now, 20),
    rated: past(`${year}-03-05T02:00:00Z`, now, 18),
    predikat: past(`${year}-03-06T02:00:00Z`, now, 17),
    finalized: past(`${year}-03-21T02:00:00Z`, now, 2),
  };
  const v2 = appraisalDoc(
    o,
    corrected,
    prevSkps[chart.employees.indexOf(corrected)],
    annual,
    { status: 'FINAL', ratings: BP, version: 2, correctionOf: v1._id },
    correctionTimes,
  );
  appraisals.splice(chart.employees.indexOf(corrected), 1, v1, v2);

  // The current year: SKPs in every state; the running quarter's appraisals in every state.
  const skpTimes: SkpTimes = {
    created: past(`${year}-01-08T02:00:00Z`, now, 40),
    submitted: past(`${year}-01-20T02:00:00Z`, now, 30),
    decided: past(`${year}-01-27T02:00:00Z`, now, 25),
  };
  const skps = chart.employees.map((e) => skpDoc(o, e, year, skpStatusOf(e), skpTimes));
  const quarter = currentQuarter(year, now);
  const end = addDays(new Date(`${quarter.endDate}T02:00:00Z`), 1);
  const quarterTimes = (status: AppraisalStatus): AppraisalTimes => {
    const t = (days: number, daysAgo: number) => past(addDays(end, days), now, daysAgo);
    // A predikat set recently keeps its objection window open when the service starts, so the
    // finalization scheduler does not close it at once.
    const predikat =
      status === 'PREDIKAT_DITETAPKAN'
        ? addDays(now, -3)
        : status === 'KEBERATAN'
          ? addDays(now, -6)
          : t(15, 20);
    return {
      opened: t(2, 30),
      realisasi: t(4, 28),
      feedback: t(8, 26),
      rated: t(12, 24),
      predikat,
      objected: status === 'KEBERATAN' ? addDays(now, -4) : t(17, 19),
      finalized: t(18, 18),
    };
  };
  const approved = chart.employees.filter((e) => skpStatusOf(e) === 'DISETUJUI');
  const quarterPlans = new Map<DemoEmployee, AppraisalPlan>(
    approved.map((e, n) => [
      e,
      { status: QUARTER_STATES[n % QUARTER_STATES.length], ratings: ratingsOf(e, 1) },
    ]),
  );
  const objecting = approved.find(
    (e) => e.unit.unitId === 'disdik' && quarterPlans.get(e)!.status === 'PREDIKAT_DITETAPKAN',
  );
  if (objecting)
    quarterPlans.set(objecting, { status: 'KEBERATAN', ratings: BAIK, keberatan: 'OPEN' });
  fitToCurve(quarterPlans, DEMO_CURVE);
  for (const e of approved) {
    const plan = quarterPlans.get(e)!;
    const skp = skps[chart.employees.indexOf(e)];
    appraisals.push(appraisalDoc(o, e, skp, quarter, plan, quarterTimes(plan.status)));
  }
  return {
    settings,
    unitPerformance,
    skps: [...prevSkps, ...skps],
    appraisals,
    sekdaId: chart.sekdaId,
    employees: chart.employees,
    quarter,
  };
}
