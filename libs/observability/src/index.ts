export * from './health/health-registry';
export * from './telemetry/start-telemetry';
export * from './logging/logger';
export * from './logging/redaction';
export * from './logging/http-logger';
export * from './metrics/metrics';
export * from './logging/boot-failure';
