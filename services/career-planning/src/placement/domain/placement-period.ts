// Placement periods are whole days in Asia/Jakarta, `YYYY-MM-DD`, both ends inclusive; an open
// end (`null`) lasts until further notice. ISO dates compare correctly as strings.
export interface Period {
  validFrom: string;
  validTo: string | null;
}

export interface ExistingPlacement extends Period {
  id: string;
}

export function overlaps(a: Period, b: Period): boolean {
  const aEndsBeforeB = a.validTo !== null && a.validTo < b.validFrom;
  const bEndsBeforeA = b.validTo !== null && b.validTo < a.validFrom;
  return !aEndsBeforeB && !bEndsBeforeA;
}

export function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

export type PlacementDecision =
  | { kind: 'OK'; closes: { id: string; validTo: string } | null }
  | { kind: 'OVERLAP'; with: ExistingPlacement }
  | { kind: 'INVALID_PERIOD' };

/**
 * Whether a new placement fits the person's history. The one placement still open that began
 * before it is ended the day before (a new SK ends the previous post); any other overlap is
 * refused, naming the placement in the way.
 */
export function decidePlacement(
  existing: readonly ExistingPlacement[],
  next: Period,
): PlacementDecision {
  if (next.validTo !== null && next.validTo < next.validFrom) return { kind: 'INVALID_PERIOD' };
  const open = existing.find((p) => p.validTo === null && p.validFrom < next.validFrom);
  const closes = open ? { id: open.id, validTo: dayBefore(next.validFrom) } : null;
  for (const p of existing) {
    const period = closes && p.id === closes.id ? { ...p, validTo: closes.validTo } : p;
    if (overlaps(period, next)) return { kind: 'OVERLAP', with: p };
  }
  return { kind: 'OK', closes };
}

/** The placement held on a day, if any. */
export function heldOn<P extends Period>(placements: readonly P[], day: string): P | undefined {
  return placements.find((p) => p.validFrom <= day && (p.validTo === null || p.validTo >= day));
}
