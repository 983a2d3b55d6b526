// Recommendation declines by unit: one half of the resistance-to-change signal (DOMAIN.md §7);
// the other half, objections to rotation proposals by unit, is career planning's
// /reports/rotation-acceptance. Pure.

export interface DecidedItem {
  status: 'OPEN' | 'ACCEPTED' | 'DECLINED' | 'EXPIRED';
  declineReason: string | null;
}

export interface UnitDeclines {
  unitId: string;
  recommended: number;
  accepted: number;
  declined: number;
  expired: number;
  open: number;
  /** Declined out of accepted + declined (answered), two decimals; null when none answered. */
  declineRate: number | null;
  /** The reasons given, the same words counted together (case and spacing ignored), most first. */
  reasons: { reason: string; count: number }[];
  /** Declines that gave no reason. */
  withoutReason: number;
}

/** How many of the most given reasons a unit shows (the rest are counted in declined only). */
export const MAX_REASONS_PER_UNIT = 10;

const normalise = (reason: string) => reason.trim().replace(/\s+/g, ' ');

export function declinesByUnit(
  sets: readonly { unitId: string; items: readonly DecidedItem[] }[],
): UnitDeclines[] {
  const units = new Map<string, DecidedItem[]>();
  for (const s of sets) units.set(s.unitId, [...(units.get(s.unitId) ?? []), ...s.items]);
  return [...units]
    .map(([unitId, items]) => {
      const count = (status: DecidedItem['status']) =>
        items.filter((i) => i.status === status).length;
      const accepted = count('ACCEPTED');
      const declined = count('DECLINED');
      const reasons = new Map<string, { reason: string; count: number }>();
      let withoutReason = 0;
      for (const i of items.filter((x) => x.status === 'DECLINED')) {
        const text = i.declineReason ? normalise(i.declineReason) : '';
        if (!text) {
          withoutReason += 1;
          continue;
        }
        const key = text.toLocaleLowerCase('id');
        const seen = reasons.get(key);
        if (seen) seen.count += 1;
        else reasons.set(key, { reason: text, count: 1 });
      }
      return {
        unitId,
        recommended: items.length,
        accepted,
        declined,
        expired: count('EXPIRED'),
        open: count('OPEN'),
        declineRate:
          accepted + declined === 0
            ? null
            : Math.round((declined / (accepted + declined)) * 100) / 100,
        reasons: [...reasons.values()]
          .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason))
          .slice(0, MAX_REASONS_PER_UNIT),
        withoutReason,
      };
    })
    .sort((a, b) => a.unitId.localeCompare(b.unitId));
}
