import { stagedByInsert, stagedByUpdate } from './outbox-signals';
import type { OutboxEntry } from './outbox.schema';

const entry = (id: string): OutboxEntry => ({
  id,
  topic: 'test.note',
  key: 'emp-1',
  headers: { ce_id: id },
  payload: '{}',
  createdAt: new Date('2026-12-04T00:00:00Z'),
});
const ids = (entries: OutboxEntry[] | undefined) => entries?.map((e) => e.id);

describe('the events a write staged', () => {
  it('should read a $push of one event or of several', () => {
    expect(ids(stagedByUpdate({ $push: { outbox: entry('a') } }, false))).toEqual(['a']);
    expect(
      ids(stagedByUpdate({ $push: { outbox: { $each: [entry('a'), entry('b')] } } }, false)),
    ).toEqual(['a', 'b']);
  });

  it('should count $setOnInsert only when the write inserted', () => {
    const update = { $setOnInsert: { outbox: [entry('a')], outboxLease: null } };
    expect(ids(stagedByUpdate(update, true))).toEqual(['a']);
    expect(stagedByUpdate(update, false)).toBeUndefined();
  });

  it('should tell nothing of events held by a lease', () => {
    const lease = { owner: 'import-1', until: new Date() };
    expect(
      stagedByUpdate({ $push: { outbox: entry('a') }, $set: { outboxLease: lease } }, false),
    ).toBeUndefined();
    expect(stagedByInsert({ outbox: [entry('a')], outboxLease: lease })).toBeUndefined();
    expect(ids(stagedByInsert({ outbox: [entry('a')], outboxLease: null }))).toEqual(['a']);
  });

  it('should tell nothing of an update that names no events', () => {
    expect(stagedByUpdate({ $set: { text: 'x' } }, false)).toBeUndefined();
    expect(stagedByUpdate({ $push: { outbox: { $each: [] } } }, false)).toBeUndefined();
    expect(stagedByInsert({ outbox: [] })).toBeUndefined();
  });

  it('should copy the entry fields of a cast subdocument', () => {
    const cast = { toObject: () => entry('a'), extra: 1 };
    expect(stagedByUpdate({ $push: { outbox: cast } }, false)).toEqual([entry('a')]);
  });
});
