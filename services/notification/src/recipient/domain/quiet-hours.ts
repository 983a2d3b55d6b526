/** Quiet hours in the recipient's local time, e.g. 21:00–06:00 (may span midnight). */
export interface QuietHours {
  start: string;
  end: string;
}

const minutes = (hhmm: string): number => {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
};

/** Minutes since local midnight of an instant in a time zone. */
function localMinutes(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value ?? 0);
  return get('hour') * 60 + get('minute');
}

/**
 * The first instant at or after `now` outside the quiet hours (`now` itself when it is outside).
 * Whole minutes: a notice held until 06:00 goes at 06:00:00 local time.
 */
export function endOfQuietHours(now: Date, quiet: QuietHours | null, timeZone: string): Date {
  if (!quiet) return now;
  const start = minutes(quiet.start);
  const end = minutes(quiet.end);
  if (start === end) return now;
  const local = localMinutes(now, timeZone);
  const inside = start < end ? local >= start && local < end : local >= start || local < end;
  if (!inside) return now;
  const wait = (end - local + 24 * 60) % (24 * 60);
  const at = new Date(now.getTime() + wait * 60_000);
  at.setUTCSeconds(0, 0);
  return at;
}

/** The next time the local clock shows `hhmm` strictly after `now` (the daily digest time). */
export function nextLocalTime(now: Date, hhmm: string, timeZone: string): Date {
  const local = localMinutes(now, timeZone);
  const wait = (minutes(hhmm) - local + 24 * 60) % (24 * 60) || 24 * 60;
  const at = new Date(now.getTime() + wait * 60_000);
  at.setUTCSeconds(0, 0);
  return at;
}
