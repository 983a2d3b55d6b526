import type { EventContract } from './define-event';
import { appraisalFinalizedV1 } from './events/appraisal-finalized/appraisal-finalized.v1';
import { feedbackGivenV1 } from './events/feedback-given/feedback-given.v1';
import { gapsAssessedV1 } from './events/gaps-assessed/gaps-assessed.v1';
import { predikatSetV1 } from './events/predikat-set/predikat-set.v1';
import { skpApprovedV1 } from './events/skp-approved/skp-approved.v1';
import { workWaitingV1 } from './events/work-waiting/work-waiting.v1';
import { trainingCompletedV1 } from './events/training-completed/training-completed.v1';
import { trainingEnrolledV1 } from './events/training-enrolled/training-enrolled.v1';
import { trainingJpReminderV1 } from './events/training-jp-reminder/training-jp-reminder.v1';
import { trainingRecommendedV1 } from './events/training-recommended/training-recommended.v1';
import { notificationDeliveredV1 } from './events/notification-delivered/notification-delivered.v1';
import { notificationFailedV1 } from './events/notification-failed/notification-failed.v1';
import { employeePlacedV1 } from './events/employee-placed/employee-placed.v1';
import { talentBoxAssignedV1 } from './events/talent-box-assigned/talent-box-assigned.v1';
import { promotionEligibleV1 } from './events/promotion-eligible/promotion-eligible.v1';
import { promotionDecidedV1 } from './events/promotion-decided/promotion-decided.v1';
import { rotationDecidedV1 } from './events/rotation-decided/rotation-decided.v1';
import { rotationProposedV1 } from './events/rotation-proposed/rotation-proposed.v1';
import { trainingSurveyAnsweredV1 } from './events/training-survey-answered/training-survey-answered.v1';
import { trainingSurveyRequestedV1 } from './events/training-survey-requested/training-survey-requested.v1';

// evaluation
export * from './events/appraisal-finalized/appraisal-finalized.v1';
export * from './events/feedback-given/feedback-given.v1';
export * from './events/predikat-set/predikat-set.v1';
export * from './events/skp-approved/skp-approved.v1';
export * from './events/work-waiting/work-waiting.v1';
export {
  BERAKHLAK_VALUES,
  PERIOD_KINDS,
  POSITION_GROUPS,
  PREDIKAT,
  RATINGS,
  type AppraisalPeriod,
  type BerakhlakValue,
  type PeriodKind,
  type PositionGroup,
  type Predikat,
  type Rating,
} from './events/evaluation-vocabulary';

// competency
export * from './events/gaps-assessed/gaps-assessed.v1';
export {
  COMPETENCY_KINDS,
  COMPETENCY_LEVEL_MAX,
  GAP_CAUSE_KINDS,
  GAP_REFERENCES,
  MAX_DEVELOPMENT_NEEDS,
  NATIONAL_COMPETENCIES,
  NEED_SOURCES,
  type CompetencyKind,
  type GapCauseKind,
  type GapReference,
  type NationalCompetencyCode,
  type NeedSource,
} from './events/competency-vocabulary';

// notification
export * from './events/notification-delivered/notification-delivered.v1';
export * from './events/notification-failed/notification-failed.v1';
export {
  NOTIFICATION_CHANNELS,
  NOTIFICATION_FAILURES,
  type NotificationChannel,
  type NotificationFailure,
} from './events/notification-vocabulary';

// career
export * from './events/employee-placed/employee-placed.v1';
export * from './events/talent-box-assigned/talent-box-assigned.v1';
export * from './events/promotion-eligible/promotion-eligible.v1';
export * from './events/promotion-decided/promotion-decided.v1';
export {
  GOLONGAN_CODES,
  PROMOTION_KINDS,
  type GolonganRuang,
  type PromotionKind,
} from './events/rank-vocabulary';
export * from './events/rotation-proposed/rotation-proposed.v1';
export * from './events/rotation-decided/rotation-decided.v1';
export {
  CAREER_MOVES,
  EMPLOYMENT_TYPES,
  POSITION_GRADE_MAX,
  POSITION_GRADE_MIN,
  TALENT_CAUSE_KINDS,
  TALENT_LEVELS,
  type CareerMove,
  type EmploymentType,
  type TalentCauseKind,
  type TalentLevel,
} from './events/career-vocabulary';

// training
export * from './events/training-completed/training-completed.v1';
export * from './events/training-enrolled/training-enrolled.v1';
export * from './events/training-jp-reminder/training-jp-reminder.v1';
export * from './events/training-survey-requested/training-survey-requested.v1';
export * from './events/training-survey-answered/training-survey-answered.v1';
export * from './events/training-recommended/training-recommended.v1';
export {
  KLASIKAL_FORMS,
  NON_KLASIKAL_FORMS,
  PNS_JP_MIN_PER_YEAR,
  TRAINING_FORMS,
  type DevelopedCompetency,
  type TrainingForm,
} from './events/training-vocabulary';

// Every public event of the platform, one entry per topic version. A service's issue adds its
// contracts under `events/<event-name>/` and lists them here; producers and consumers import the
// same definition. Run `npm run contracts:generate` after adding one (see compat.ts).
export const CONTRACTS = {
  appraisalFinalizedV1,
  feedbackGivenV1,
  gapsAssessedV1,
  predikatSetV1,
  skpApprovedV1,
  workWaitingV1,
  trainingCompletedV1,
  trainingEnrolledV1,
  trainingJpReminderV1,
  trainingRecommendedV1,
  notificationDeliveredV1,
  notificationFailedV1,
  employeePlacedV1,
  talentBoxAssignedV1,
  promotionEligibleV1,
  promotionDecidedV1,
  trainingSurveyRequestedV1,
  trainingSurveyAnsweredV1,
  rotationProposedV1,
  rotationDecidedV1,
} as const satisfies Record<string, EventContract>;

export type ContractName = keyof typeof CONTRACTS;

export function allContracts(): EventContract[] {
  return Object.values(CONTRACTS);
}

export function contractForTopic(topic: string): EventContract | undefined {
  return allContracts().find((c) => c.topic === topic);
}
