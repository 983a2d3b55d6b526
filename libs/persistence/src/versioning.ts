// Optimistic concurrency, the in-document audit trail and the errors they raise.
export * from './persistence-errors';
export * from './versioned-update';
export * from './audit';
