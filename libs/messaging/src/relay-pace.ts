/**
 * The room a paced relay has for a backlog (see OutboxRelay and RelayPace): how many more events
 * it may publish now without the paced groups' lag passing `maxLag`.
 *
 * The lag is read from the brokers now and then (`read`); between readings it is estimated: the
 * last reading, plus what was published since (once per group: each may consume it), less what
 * the groups drained at the rate seen between the last two readings. A relay that only trusted
 * its last reading published a batch, held until the next reading and then waited for the lag to
 * fall: the consumers ran dry between bursts and the loop went at the pace of the readings (68
 * appraisals a second at 10,000 against 76 unpaced; issue 12). With the estimate the backlog
 * flows as the groups drain it. If they stop, the next reading shows it: the rate seen falls to
 * nothing within a few readings and the relay holds.
 */
export class PaceWindow {
  private lag = 0;
  private readAt = 0;
  /** Events published since the last reading, counted once per paced group. */
  private publishedSince = 0;
  /** What the groups drain, in events (summed over groups) per millisecond. */
  private rate = 0;

  constructor(
    private readonly maxLag: number,
    private readonly groups: number,
  ) {}

  /** Whether the last reading is older than `maxAgeMs` (or there is none). */
  stale(now: number, maxAgeMs: number): boolean {
    return now - this.readAt >= maxAgeMs;
  }

  /** A reading of the groups' lag (summed over groups and partitions), taken at `now`. */
  read(lag: number, now: number): void {
    if (this.readAt > 0 && now > this.readAt) {
      const drained = Math.max(0, this.lag + this.publishedSince - lag);
      const seen = drained / (now - this.readAt);
      // Smoothed, so that one reading taken in the middle of a consumer's batch does not swing it.
      this.rate = (this.rate + seen) / 2;
    }
    this.lag = lag;
    this.readAt = now;
    this.publishedSince = 0;
  }

  /** `events` were published to the paced topics. */
  published(events: number): void {
    this.publishedSince += events * this.groups;
  }

  /** The lag now, as estimated from the last reading. */
  estimate(now: number): number {
    const standing = this.lag + this.publishedSince;
    return Math.max(0, standing - this.rate * Math.max(0, now - this.readAt));
  }

  /** How many events may be published now (0 when the groups are `maxLag` behind or more). */
  room(now: number): number {
    return Math.max(0, Math.floor((this.maxLag - this.estimate(now)) / this.groups));
  }

  /**
   * How long to wait for room for `events`: the time the rate seen needs to drain the excess,
   * between 10 ms and `maxMs` (the next reading, when nothing is seen draining).
   */
  waitMs(events: number, now: number, maxMs: number): number {
    const excess = this.estimate(now) - (this.maxLag - events * this.groups);
    const until = excess <= 0 ? 0 : this.rate > 0 ? excess / this.rate : maxMs;
    return Math.max(10, Math.min(maxMs, until));
  }
}
