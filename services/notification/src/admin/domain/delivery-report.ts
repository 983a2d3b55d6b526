/** One line of the admin report: what was sent, is waiting, failed (and the commonest reasons). */
export interface ReportLine {
  type: string;
  channel: string;
  delivered: number;
  pending: number;
  failed: number;
  /** Failure reasons with their counts, most frequent first (at most five). */
  failures: { reason: string; count: number }[];
}

interface Row {
  type: string;
  channel: string;
  state: string;
  lastError: string | null;
}

export function deliveryReport(rows: readonly Row[]): ReportLine[] {
  const lines = new Map<string, ReportLine & { reasons: Map<string, number> }>();
  for (const r of rows) {
    const key = `${r.type}\u0000${r.channel}`;
    let line = lines.get(key);
    if (!line) {
      line = {
        type: r.type,
        channel: r.channel,
        delivered: 0,
        pending: 0,
        failed: 0,
        failures: [],
        reasons: new Map(),
      };
      lines.set(key, line);
    }
    if (r.state === 'DELIVERED') line.delivered += 1;
    else if (r.state === 'FAILED') {
      line.failed += 1;
      const reason = r.lastError ?? 'unknown';
      line.reasons.set(reason, (line.reasons.get(reason) ?? 0) + 1);
    } else line.pending += 1;
  }
  return [...lines.values()]
    .map(({ reasons, ...line }) => ({
      ...line,
      failures: [...reasons.entries()]
        .map(([reason, count]) => ({ reason, count }))
        .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason))
        .slice(0, 5),
    }))
    .sort((a, b) => a.type.localeCompare(b.type) || a.channel.localeCompare(b.channel));
}
