import { Injectable, type OnApplicationShutdown } from '@nestjs/common';

export type ShutdownHook = () => Promise<void>;

/** Work to run after every module has shut down, such as flushing the last spans. */
@Injectable()
export class ShutdownHooks implements OnApplicationShutdown {
  private readonly hooks: ShutdownHook[] = [];

  add(hook: ShutdownHook): void {
    this.hooks.push(hook);
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.allSettled(this.hooks.map((hook) => hook()));
  }
}
