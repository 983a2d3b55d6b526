import type { INestApplication } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { reportWhenSlow } from '../report-when-slow';

// The lifecycle hooks Nest calls on close, and a transport strategy's close (KafkaEventServer).
const HOOKS = [
  'onModuleDestroy',
  'beforeApplicationShutdown',
  'onApplicationShutdown',
  'close',
] as const;

interface HookTiming {
  hook: string;
  started: number;
  ended?: number;
}

/**
 * Closes an in-process app as `app.close()` does, timing each provider's shutdown hook. When the
 * close takes longer than `reportAfterMs`, it prints which hooks have not returned yet (and, at
 * the end, how long each one took): a suite's afterAll that runs into jest's timeout then says
 * where it waited instead of only that it did.
 */
export async function closeApp(
  app: INestApplication | undefined,
  name: string,
  reportAfterMs = 15_000,
): Promise<void> {
  if (!app) return;
  const t0 = Date.now();
  const timings: HookTiming[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.providers.values()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object') continue;
      const isTransport = typeof instance.listen === 'function';
      for (const hook of HOOKS) {
        if (hook === 'close' && !isTransport) continue;
        const original = instance[hook];
        if (typeof original !== 'function') continue;
        const label = `${String(wrapper.name)}.${hook}`;
        instance[hook] = async (...args: unknown[]) => {
          const timing: HookTiming = { hook: label, started: Date.now() - t0 };
          timings.push(timing);
          try {
            return await (original as (...a: unknown[]) => unknown).apply(instance, args);
          } finally {
            timing.ended = Date.now() - t0;
          }
        };
      }
    }
  }
  const describe = () =>
    timings
      .map((t) =>
        t.ended === undefined
          ? `${t.hook} started at ${t.started} ms, not returned`
          : `${t.hook} ${t.ended - t.started} ms`,
      )
      .join('; ');
  await reportWhenSlow(
    () => app.close(),
    reportAfterMs,
    () => `[closeApp] ${name} still closing after ${reportAfterMs} ms: ${describe()}`,
    (ms) => `[closeApp] ${name} closed in ${ms} ms: ${describe()}`,
  );
}
