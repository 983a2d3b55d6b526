import { Injectable } from '@nestjs/common';
import type { AgencyScope } from '@jenjang/persistence';

export type StandardChangeHook = (
  scope: AgencyScope,
  positionId: string,
  version: number,
) => Promise<void>;

/**
 * Who wants to know when a standard gets a new version (the profiles re-assess the people who hold
 * or aim for the position). A registry rather than an import, so the standards do not depend on
 * the profiles that depend on them.
 */
@Injectable()
export class StandardChangeHooks {
  private readonly hooks: StandardChangeHook[] = [];

  register(hook: StandardChangeHook): void {
    this.hooks.push(hook);
  }

  async changed(scope: AgencyScope, positionId: string, version: number): Promise<void> {
    for (const hook of this.hooks) await hook(scope, positionId, version);
  }
}
