/**
 * A queue that takes turns between groups (here: agencies): each group keeps its own order, and
 * `shift` serves the groups round-robin, so a group with one entry waits behind at most one entry
 * of every other group, never behind another group's whole backlog (a year-end import of one
 * agency does not hold back another agency's notices). Adding a key already queued keeps its place
 * and takes the new value.
 */
export class FairQueue<V> {
  private readonly groups = new Map<string, Map<string, V>>();
  private readonly groupOf = new Map<string, string>();

  get size(): number {
    return this.groupOf.size;
  }

  has(key: string): boolean {
    return this.groupOf.has(key);
  }

  /** The value queued under `key`, if it is queued. */
  get(key: string): V | undefined {
    const group = this.groupOf.get(key);
    return group === undefined ? undefined : this.groups.get(group)!.get(key);
  }

  push(group: string, key: string, value: V): void {
    const current = this.groupOf.get(key);
    if (current !== undefined) {
      this.groups.get(current)!.set(key, value);
      return;
    }
    let entries = this.groups.get(group);
    if (!entries) {
      entries = new Map();
      this.groups.set(group, entries);
    }
    entries.set(key, value);
    this.groupOf.set(key, group);
  }

  /** Every entry, group by group (not in turn order). */
  *entries(): IterableIterator<[key: string, value: V]> {
    for (const entries of this.groups.values()) yield* entries.entries();
  }

  /** Whether some group's name and queued size satisfy `test`. */
  someGroup(test: (group: string, size: number) => boolean): boolean {
    for (const [group, entries] of this.groups) if (test(group, entries.size)) return true;
    return false;
  }

  /** How many entries a group has queued. */
  sizeOf(group: string): number {
    return this.groups.get(group)?.size ?? 0;
  }

  /** The next entry of the group whose turn it is; that group then goes to the back. */
  shift(): [key: string, value: V] | undefined {
    return this.shiftWhere(() => true);
  }

  /**
   * The next entry of the first group in turn that `accept` takes (by its name and how many
   * entries it has queued); that group then goes to the back, the groups passed over keep their
   * turn.
   */
  shiftWhere(
    accept: (group: string, size: number) => boolean,
  ): [key: string, value: V] | undefined {
    for (const [group, entries] of this.groups) {
      if (!accept(group, entries.size)) continue;
      const entry = entries.entries().next().value!;
      entries.delete(entry[0]);
      this.groupOf.delete(entry[0]);
      this.groups.delete(group);
      if (entries.size > 0) this.groups.set(group, entries);
      return entry;
    }
    return undefined;
  }
}
