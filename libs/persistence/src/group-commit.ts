/**
 * When a batcher sends its next batch (WriteBatcher, BatchedReads): on the next turn of the event
 * loop, or, while a batch of it is at the store, once that batch has been answered. Under load the
 * writes or reads the handlers make during a round trip then share the next command (group
 * commit), instead of one command per turn.
 */
export class GroupCommit {
  private inFlight = 0;
  private readonly afterFlight: (() => void)[] = [];

  /** Whether a batch is at the store. */
  get busy(): boolean {
    return this.inFlight > 0;
  }

  /** Runs `run` on the next turn, or after the batch at the store was answered. */
  schedule(run: () => void): void {
    if (this.busy) this.afterFlight.push(run);
    else setImmediate(run);
  }

  /** Sends one batch; what was scheduled meanwhile runs once it is answered. */
  async send<T>(batch: () => Promise<T>): Promise<T> {
    this.inFlight += 1;
    try {
      return await batch();
    } finally {
      this.inFlight -= 1;
      if (!this.busy) for (const run of this.afterFlight.splice(0)) setImmediate(run);
    }
  }
}
