/**
 * One timer per key, run when its time comes: work this process scheduled itself (a retry, the
 * end of a grace period), done by _id instead of waiting for a sweep over the store. Timers do not
 * keep the process alive and are lost with it: the sweep stays the fallback after a restart.
 */
export class DueTimers {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private stopped = false;

  /** Runs `run` at `when` (at once if it has passed), replacing an earlier timer of `key`. */
  at(key: string, when: Date, run: () => void): void {
    if (this.stopped) return;
    clearTimeout(this.timers.get(key));
    const timer = setTimeout(
      () => {
        this.timers.delete(key);
        run();
      },
      Math.max(0, when.getTime() - Date.now()),
    );
    timer.unref();
    this.timers.set(key, timer);
  }

  /** Cancels the timer of `key`, if any (its work was done another way). */
  cancel(key: string): void {
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
  }

  /** Cancels every timer and takes no more (shutdown). */
  stop(): void {
    this.stopped = true;
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }
}
