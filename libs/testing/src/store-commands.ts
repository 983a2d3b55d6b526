/**
 * Whether a store command (its JSON text, as the driver's command monitoring shows it) is the
 * outbox relay's: a claim, its read and its release name the lease's fields; the release of
 * events the relay was told pulls them from the outbox. The store-operation specs count these
 * apart, as the cost of publishing.
 */
export const isOutboxRelayCommand = (text: string): boolean =>
  text.includes('"outboxLease.') || text.includes('"$pull":{"outbox"');
