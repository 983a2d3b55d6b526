import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { trainingCompletedV1 } from '@jenjang/contracts';
import { OnEvent, type EventContext, type EventOf } from '@jenjang/messaging';
import { agencyScope } from '@jenjang/persistence';
import { DictionaryService } from '../dictionary/dictionary.service';
import { causeOf, GapAssessmentService } from '../profile/gap-assessment.service';
import { currentLevels } from '../profile/domain/current-levels';
import { AssessmentSettingsService } from '../settings/assessment-settings.service';
import { raisedLevels } from './domain/raised-levels';

/** A completed training that certifies a level raises the assessed level (source TRAINING). */
@Controller()
export class TrainingConsumer {
  constructor(
    private readonly assessments: GapAssessmentService,
    private readonly dictionary: DictionaryService,
    private readonly settings: AssessmentSettingsService,
  ) {}

  @OnEvent(trainingCompletedV1)
  async onTrainingCompleted(
    @Payload() event: EventOf<typeof trainingCompletedV1>,
    @Ctx() ctx: EventContext,
  ): Promise<void> {
    const d = event.data;
    if (!d.competencies.some((c) => c.raisesAssessedLevel)) return;
    const scope = agencyScope(d.agencyId);
    const known = await this.dictionary.cachedKnownCodes(scope);
    const settings = await this.settings.inForce(scope);
    await this.assessments.reassess(scope, d.employeeId, {
      causeId: ctx.eventId,
      cause: causeOf('TRAINING_COMPLETED', { id: ctx.eventId, type: event.type }),
      mutate: (profile) => {
        const current = currentLevels(profile.assessments, settings.currentLevel);
        const raised = raisedLevels(d.competencies, current, known);
        if (raised.length === 0) return null;
        return {
          addAssessments: raised.map(({ code, level }) => ({
            code,
            level,
            source: 'TRAINING' as const,
            assessedAt: d.completedAt,
            recordedAt: new Date(),
            recordedBy: `event:${ctx.eventId}`,
            note: `${d.programTitle} (completion ${d.completionId})`.slice(0, 500),
          })),
        };
      },
    });
  }
}
