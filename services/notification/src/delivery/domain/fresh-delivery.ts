/**
 * Where every new delivery starts, whatever its channel and state: no attempt made yet, in its
 * first round, not leased, not resent, nothing delivered or failed, created and updated `at`.
 */
export function freshDeliveryProgress(at: Date) {
  return {
    attempts: 0,
    roundAttempts: 0,
    round: 1,
    resent: false,
    leaseUntil: null,
    attemptLog: [],
    lastError: null,
    failure: null,
    digest: false,
    deliveredAt: null,
    failedAt: null,
    createdAt: at,
    updatedAt: at,
  };
}
