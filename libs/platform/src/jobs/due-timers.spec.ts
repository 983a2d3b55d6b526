import { DueTimers } from './due-timers';

describe(DueTimers.name, () => {
  beforeEach(() => jest.useFakeTimers({ now: new Date('2026-12-03T10:00:00Z') }));
  afterEach(() => jest.useRealTimers());

  it('should run a key once at its time, the latest schedule of that key winning', () => {
    const timers = new DueTimers();
    const runs: string[] = [];
    timers.at('d-1', new Date('2026-12-03T10:00:30Z'), () => runs.push('first'));
    timers.at('d-1', new Date('2026-12-03T10:01:00Z'), () => runs.push('second'));
    jest.advanceTimersByTime(59_999);
    expect(runs).toEqual([]);
    jest.advanceTimersByTime(1);
    expect(runs).toEqual(['second']);
  });

  it('should run nothing after stop, and take nothing new', () => {
    const timers = new DueTimers();
    const runs: string[] = [];
    timers.at('d-1', new Date('2026-12-03T10:00:01Z'), () => runs.push('d-1'));
    timers.stop();
    timers.at('d-2', new Date('2026-12-03T10:00:01Z'), () => runs.push('d-2'));
    jest.advanceTimersByTime(5_000);
    expect(runs).toEqual([]);
  });

  it('should not run a key that was cancelled, and still run the others', () => {
    const timers = new DueTimers();
    const runs: string[] = [];
    timers.at('d-1', new Date('2026-12-03T10:00:01Z'), () => runs.push('d-1'));
    timers.at('d-2', new Date('2026-12-03T10:00:01Z'), () => runs.push('d-2'));
    timers.cancel('d-1');
    timers.cancel('d-3');
    jest.advanceTimersByTime(5_000);
    expect(runs).toEqual(['d-2']);
  });
});
