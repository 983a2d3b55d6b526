import type { WaitingKind } from '@jenjang/contracts';
import type { AppraisalStatus } from '../../appraisal/domain/appraisal';
import { byLateness, type StuckItem, type StuckRules } from './stuck';

// From the stuck report to reminders: each late record waits on one person, the penilai (an SKP
// submitted for approval, an appraisal to rate) or the atasan penilai (an objection to decide).
// Records that wait on the pegawai (a draft SKP) or on the calendar (the objection window) remind
// nobody here.

/** The deadlines of the daily sweep: the stuck report's defaults. */
export const WAITING_RULES: Omit<StuckRules, 'asOf'> = {
  appraisalGraceDays: 30,
  keberatanDays: 30,
};

/** Who is named on the record. */
export interface RecordOwners {
  readonly agencyId: string;
  readonly penilaiId: string;
  readonly atasanPenilaiId: string | null;
}

export interface WaitingReminder {
  readonly agencyId: string;
  /** The person reminded. */
  readonly personId: string;
  /** Most late first, one entry per record. */
  readonly items: StuckItem[];
  readonly counts: {
    readonly skpToApprove: number;
    readonly appraisalsToFinish: number;
    readonly objectionsToDecide: number;
  };
}

const PENILAI_TO_ACT: readonly AppraisalStatus[] = ['REALISASI_DIISI', 'UMPAN_BALIK', 'DINILAI'];

/** The person a late record waits on, or null when it waits on nobody the sweep reminds. */
export function waitingOn(item: StuckItem, owners: RecordOwners): string | null {
  const kind: WaitingKind = item.kind;
  switch (kind) {
    case 'SKP_NOT_APPROVED':
      return item.status === 'DIAJUKAN' ? owners.penilaiId : null;
    case 'APPRAISAL_NOT_FINAL':
      if ((PENILAI_TO_ACT as readonly string[]).includes(item.status)) return owners.penilaiId;
      return item.status === 'KEBERATAN' ? owners.atasanPenilaiId : null;
    case 'KEBERATAN_UNDECIDED':
      return owners.atasanPenilaiId;
  }
}

/** Groups the late records by the person they wait on (per agency), most late first. */
export function waitingReminders(
  items: readonly StuckItem[],
  owners: ReadonlyMap<string, RecordOwners>,
): WaitingReminder[] {
  const byPerson = new Map<string, { agencyId: string; personId: string; items: StuckItem[] }>();
  for (const item of [...items].sort(byLateness)) {
    const o = owners.get(item.id);
    const personId = o ? waitingOn(item, o) : null;
    if (!o || !personId) continue;
    const key = `${o.agencyId}\u0000${personId}`;
    const entry = byPerson.get(key) ?? { agencyId: o.agencyId, personId, items: [] };
    // A record late on two counts (not final and objection undecided) is listed once.
    if (!entry.items.some((i) => i.id === item.id)) entry.items.push(item);
    byPerson.set(key, entry);
  }
  return [...byPerson.values()].map((e) => ({
    ...e,
    counts: {
      skpToApprove: e.items.filter((i) => i.kind === 'SKP_NOT_APPROVED').length,
      appraisalsToFinish: e.items.filter((i) => i.kind === 'APPRAISAL_NOT_FINAL').length,
      objectionsToDecide: e.items.filter((i) => i.kind === 'KEBERATAN_UNDECIDED').length,
    },
  }));
}
