import type { Connection } from 'mongoose';
import type { OutboxEntry, OutboxStaged } from '@jenjang/persistence';
import { RelayQueue } from './relay-queue';

const entry = (id: string): OutboxEntry => ({
  id,
  topic: 'public.test.v1',
  key: 'emp-1',
  headers: {},
  payload: '{}',
  createdAt: new Date('2026-12-04T00:00:00Z'),
});

const signal = (ids: string[], entries?: (string[] | undefined)[]): OutboxStaged => ({
  connection: {} as Connection,
  collection: 'notes',
  ids,
  agencies: ids.map(() => 'AG1'),
  entries: ids.map((_, i) => entries?.[i]?.map(entry)),
});

const takeAll = (queue: RelayQueue) => {
  const { told, ids } = queue.take('notes', 10_000, () => true);
  return { told: told.map((t) => [t.id, t.entries?.map((e) => e.id)]), ids };
};

describe(RelayQueue.name, () => {
  it('should keep the events a write told, and the ids of the documents it did not', () => {
    const queue = new RelayQueue(['notes']);
    queue.add(signal(['a', 'b'], [['e1'], undefined]));
    expect(takeAll(queue)).toEqual({ told: [['a', ['e1']]], ids: ['b'] });
    expect(queue.size).toBe(0);
  });

  it("should add a second write's events to a document queued with the first's", () => {
    const queue = new RelayQueue(['notes']);
    queue.add(signal(['a'], [['e1']]));
    queue.add(signal(['a'], [['e2']]));
    expect(takeAll(queue)).toEqual({ told: [['a', ['e1', 'e2']]], ids: [] });
  });

  it('should read a document whose writes did not all tell their events', () => {
    const queue = new RelayQueue(['notes']);
    queue.add(signal(['a'], [['e1']]));
    queue.add(signal(['a']));
    expect(takeAll(queue)).toEqual({ told: [], ids: ['a'] });
  });

  it('should read every document after a failed publish, until a sweep has run', () => {
    const queue = new RelayQueue(['notes']);
    queue.add(signal(['a'], [['e1']]));
    queue.claimOnly = true;
    queue.add(signal(['b'], [['e2']]));
    expect(takeAll(queue)).toEqual({ told: [], ids: ['a', 'b'] });
  });

  it('should keep at most 5,000 events in memory, and read the documents beyond', () => {
    const queue = new RelayQueue(['notes']);
    const ids = Array.from({ length: 5_001 }, (_, i) => `d${i}`);
    queue.add(
      signal(
        ids,
        ids.map((id) => [`e-${id}`]),
      ),
    );
    const { told, ids: read } = takeAll(queue);
    expect(told).toHaveLength(5_000);
    expect(read).toEqual(['d5000']);
    // Taken, they no longer count: new events are kept again.
    queue.add(signal(['x'], [['e-x']]));
    expect(takeAll(queue)).toEqual({ told: [['x', ['e-x']]], ids: [] });
  });

  it('should ignore collections it was not made for, and take no more than asked', () => {
    const queue = new RelayQueue(['notes']);
    expect(queue.add({ ...signal(['a']), collection: 'other' })).toBe(false);
    queue.add(signal(['a', 'b', 'c']));
    const first = queue.take('notes', 2, () => true);
    expect([first.ids, first.held]).toEqual([['a', 'b'], true]);
    expect(queue.isQueued('notes', 'c')).toBe(true);
  });
});
