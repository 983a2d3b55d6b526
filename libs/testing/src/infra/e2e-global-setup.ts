// Jest global setup of the end-to-end tier: the infrastructure (as for integration tests), then
// the five services as separate processes, started once for every e2e spec. Specs attach with
// SharedPlatform.attach(); each uses its own agency, people and recorder, so they do not meet.
import { PlatformUnderTest, SHARED_PLATFORM_ENV } from '../platform/platform-under-test';
import { testEnv } from '../kafka';
import infraSetup from './global-setup';

export default async function e2eGlobalSetup(): Promise<void> {
  await infraSetup();
  const platform = new PlatformUnderTest(testEnv());
  (globalThis as { __JENJANG_PLATFORM__?: PlatformUnderTest }).__JENJANG_PLATFORM__ = platform;
  const started = Date.now();
  await platform.start();
  process.env[SHARED_PLATFORM_ENV] = JSON.stringify(await platform.share());
  process.stderr.write(
    `\n[e2e] five services started once for the tier in ${((Date.now() - started) / 1000).toFixed(1)} s (run ${platform.run})\n`,
  );
}
