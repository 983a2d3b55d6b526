export * from './tenant';
export * from './tenant-guard.plugin';
export * from './tenant-scoped.repository';
export * from './outbox.schema';
export * from './outbox-signals';
export * from './mongo.module';
export * from './versioning';
export * from './ttl-cache';
export * from './fair-queue';
export * from './once-event.repository';
// The driver's code (DUPLICATE_KEY) stays inside the library: callers catch DuplicateKeyError.
export {
  DuplicateKeyError,
  duplicateKeyPlugin,
  isDuplicateKey,
  toDuplicateKeyError,
} from './duplicate-key';
export * from './audited-aggregate.repository';
export * from './agency-settings.store';
export * from './write-batcher';
export * from './batched-reads';
export * from './batched-upserts';
export * from './insert-missing';
