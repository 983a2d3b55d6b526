// Stops the platform the e2e global setup started, then what the infrastructure setup started.
import type { PlatformUnderTest } from '../platform/platform-under-test';
import infraTeardown from './global-teardown';

export default async function e2eGlobalTeardown(): Promise<void> {
  const g = globalThis as { __JENJANG_PLATFORM__?: PlatformUnderTest };
  await g.__JENJANG_PLATFORM__?.stop();
  await infraTeardown();
}
