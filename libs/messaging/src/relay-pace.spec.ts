import { PaceWindow } from './relay-pace';

// Two paced groups, at most 200 events behind together: 100 events of room per group.
const window = () => new PaceWindow(200, 2);

describe('the room a paced outbox relay has for a backlog', () => {
  it('should leave room for maxLag spread over the groups when nothing is behind', () => {
    const w = window();
    w.read(0, 1_000);
    expect(w.room(1_000)).toBe(100);
  });

  it('should count each published event once per group until the next reading', () => {
    const w = window();
    w.read(40, 1_000);
    w.published(30);
    // 40 + 30 × 2 = 100 behind: room for (200 - 100) / 2 = 50.
    expect(w.estimate(1_000)).toBe(100);
    expect(w.room(1_000)).toBe(50);
    w.published(50);
    expect(w.room(1_200)).toBe(0);
  });

  it('should hold while nothing has been seen draining, whatever time passes', () => {
    const w = window();
    w.read(0, 1_000);
    w.published(100);
    expect(w.room(60_000)).toBe(0);
  });

  it('should expect the groups to drain at the rate seen between two readings', () => {
    const w = window();
    w.read(0, 1_000);
    w.published(100); // 200 behind
    w.read(100, 1_500); // 100 drained in 500 ms: 0.2 a ms, halved by the smoothing to 0.1
    expect(w.estimate(1_500)).toBe(100);
    expect(w.estimate(2_000)).toBe(50);
    expect(w.room(2_000)).toBe(75);
    // Never less than nothing behind.
    expect(w.estimate(10_000)).toBe(0);
    expect(w.room(10_000)).toBe(100);
  });

  it('should stop expecting a drain the readings no longer show', () => {
    const w = window();
    w.read(0, 1_000);
    w.published(100);
    w.read(0, 1_500); // all 200 drained: 0.4 a ms seen, 0.2 smoothed
    w.published(100);
    // The groups stopped: each reading sees nothing drained and the rate halves.
    w.read(200, 2_000);
    w.read(200, 2_500);
    w.read(200, 3_000);
    // 0.025 a ms left: 200 - 0.025 × 500 = 187.5 behind half a second later, room for 6.
    expect(w.estimate(3_500)).toBe(187.5);
    expect(w.room(3_500)).toBe(6);
  });

  it('should tell how long until a chunk has room: at once, at the rate seen, or the next reading', () => {
    const w = window();
    w.read(0, 1_000);
    expect(w.waitMs(25, 1_000, 500)).toBe(10);
    w.published(100);
    // Nothing seen draining yet: wait for the next reading.
    expect(w.waitMs(25, 1_000, 500)).toBe(500);
    w.read(100, 1_500); // 0.1 a ms once smoothed; 100 behind, room for a chunk of 25 at 150
    w.published(50); // 200 behind
    expect(w.waitMs(25, 1_500, 500)).toBe(500);
    expect(w.waitMs(25, 1_500, 1_000)).toBe(500);
    expect(w.waitMs(25, 1_900, 1_000)).toBe(100);
  });

  it('should know when its reading is too old to trust', () => {
    const w = window();
    expect(w.stale(1_000, 500)).toBe(true);
    w.read(0, 1_000);
    expect(w.stale(1_400, 500)).toBe(false);
    expect(w.stale(1_500, 500)).toBe(true);
  });
});
