import { NOT_BEFORE_MARGIN_MS, retryAttempt, retryDueAt } from './retry-record';

const policy = { maxAttempts: 4, backoffMs: [1_000, 5_000, 15_000] };
const now = 1_700_000_000_000;

describe(retryDueAt.name, () => {
  it('should keep the time a retry asked for when it is within the policy', () => {
    expect(retryDueAt(String(now + 15_000), policy, now)).toEqual({
      dueAt: now + 15_000,
      capped: false,
    });
    expect(retryDueAt(String(now - 5), policy, now)).toEqual({ dueAt: now - 5, capped: false });
  });

  it('should tolerate clock skew up to the margin above the longest backoff', () => {
    const latest = now + 15_000 + NOT_BEFORE_MARGIN_MS;

    expect(retryDueAt(String(latest), policy, now)).toEqual({ dueAt: latest, capped: false });
  });

  it('should make a record due now when it asks to wait longer than any backoff', () => {
    const inAYear = String(now + 365 * 24 * 3_600_000);

    expect(retryDueAt(inAYear, policy, now)).toEqual({ dueAt: now, capped: true });
    expect(retryDueAt('Infinity', policy, now)).toEqual({ dueAt: now, capped: true });
  });

  it('should make a record without a usable time due now', () => {
    expect(retryDueAt(undefined, policy, now).dueAt).toBeLessThanOrEqual(now);
    expect(retryDueAt('soon', policy, now)).toEqual({ dueAt: now, capped: false });
  });
});

describe(retryAttempt.name, () => {
  it('should keep the attempt a retry record names when the policy allows it', () => {
    expect(retryAttempt('3', policy)).toBe(3);
    expect(retryAttempt('1', policy)).toBe(1);
    expect(retryAttempt(undefined, policy)).toBe(2);
  });

  it('should keep a forged attempt within 1 and the policy maximum', () => {
    expect(retryAttempt('-1000', policy)).toBe(1);
    expect(retryAttempt('2.5', policy)).toBe(1);
    expect(retryAttempt('x', policy)).toBe(1);
    expect(retryAttempt('99', policy)).toBe(4);
  });
});
