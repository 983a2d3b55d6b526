export * from './tenant';
export * from './tenant-guard.plugin';
export * from './tenant-scoped.repository';
export * from './outbox.schema';
export * from './outbox-signals';
export * from './mongo.module';
export * from './versioning';
export * from './ttl-cache';
