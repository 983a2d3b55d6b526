import { MAX_SWEEP_MS, sweepInterval } from './relay-sweep';

describe('sweepInterval', () => {
  it('should keep sweepMs while the scans are quick', () => {
    expect(sweepInterval(60_000, 0)).toBe(60_000);
    expect(sweepInterval(60_000, 300)).toBe(60_000);
  });

  it('should space the sweeps so that slow scans take at most 0.5 % of the time', () => {
    // 1.2 s of scans (a collection of 50,000 on the development store): every 4 minutes.
    expect(sweepInterval(60_000, 1_200)).toBe(240_000);
  });

  it('should sweep at least every 10 minutes however slow the scans', () => {
    expect(sweepInterval(60_000, 60_000)).toBe(MAX_SWEEP_MS);
  });

  it('should keep a sweepMs longer than that', () => {
    expect(sweepInterval(3_600_000, 60_000)).toBe(3_600_000);
  });
});
