export interface EventContext {
  topic: string;
  partition: number;
  offset: string;
  /** 1 on first delivery, then 2, 3, … on retries. */
  attempt: number;
  groupId: string;
  /**
   * The CloudEvents id. Effects on one aggregate should record it in the same update
   * (e.g. `{ _id, appliedEvents: { $ne: eventId } }` + `$push`), which makes them idempotent even
   * if the process dies between the effect and the inbox record.
   */
  eventId: string;
  /** Keep the group membership alive during long work (the server also beats every 3 s). */
  heartbeat(): Promise<void>;
}
