import { createLogger } from './logger';

/**
 * For `main().catch(...)`: logs why the service could not start (a ConfigError lists every bad
 * variable), lets telemetry flush, and exits non-zero.
 */
export function exitOnBootFailure(
  serviceName: string,
  shutdown?: () => Promise<void>,
): (error: unknown) => Promise<never> {
  return async (error) => {
    createLogger({ serviceName }).fatal({ err: error }, 'service failed to start');
    await shutdown?.().catch(() => undefined);
    process.exit(1);
  };
}
