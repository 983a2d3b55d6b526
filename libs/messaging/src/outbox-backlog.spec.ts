import { outboxBacklog } from './outbox-backlog';

describe(outboxBacklog.name, () => {
  const now = Date.parse('2026-12-03T10:00:00Z');

  it('should report nothing waiting when no document is pending', () => {
    expect(outboxBacklog([], now)).toEqual({ documents: 0, oldestAgeSeconds: 0 });
  });

  it('should count pending documents and age the oldest entry across them', () => {
    const backlog = outboxBacklog(
      [
        { outbox: [{ createdAt: new Date(now - 5_000) }, { createdAt: new Date(now - 1_000) }] },
        { outbox: [{ createdAt: new Date(now - 90_000) }] },
        { outbox: [{ createdAt: '2026-12-03T09:59:30Z' }] },
      ],
      now,
    );
    expect(backlog).toEqual({ documents: 3, oldestAgeSeconds: 90 });
  });

  it('should not let an entry without a date hide the others or go negative', () => {
    const backlog = outboxBacklog(
      [{ outbox: [{ createdAt: null }, { createdAt: new Date(now + 2_000) }] }],
      now,
    );
    expect(backlog).toEqual({ documents: 1, oldestAgeSeconds: 0 });
  });
});
