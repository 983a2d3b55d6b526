import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { AgencyScope } from '@jenjang/persistence';
import { causeOf, GapAssessmentService } from './gap-assessment.service';
import { StandardChangeHooks } from '../standard/standard-change.hooks';
import { ProfileRepository } from './profile.repository';

/**
 * A new version of a position standard changes the gaps of everyone who holds or aims for the
 * position: each is assessed again (cause STANDARD_CHANGED), once per standard version, so a
 * repeated save or import of the same version publishes nothing twice.
 */
@Injectable()
export class HolderReassessmentService implements OnModuleInit {
  constructor(
    private readonly hooks: StandardChangeHooks,
    private readonly profiles: ProfileRepository,
    private readonly assessments: GapAssessmentService,
  ) {}

  onModuleInit(): void {
    this.hooks.register(async (scope, positionId, version) => {
      await this.reassessHolders(scope, positionId, version);
    });
  }

  async reassessHolders(scope: AgencyScope, positionId: string, version: number): Promise<number> {
    const holders = await this.profiles.holdersOf(scope, positionId);
    for (const holder of holders) {
      await this.assessments.reassess(scope, holder.employeeId, {
        causeId: `standard:${positionId}:v${version}`,
        cause: causeOf('STANDARD_CHANGED', null),
        mutate: () => ({}),
      });
    }
    return holders.length;
  }
}
