import { APPRAISAL_TEMPLATES } from './default-templates-appraisal';
import { CAREER_TEMPLATES } from './default-templates-career';
import { RANK_TEMPLATES } from './default-templates-rank';
import { PROGRESS_TEMPLATES, WAITING_TEMPLATES } from './default-templates-progress';
import { SURVEY_ROTATION_TEMPLATES } from './default-templates-survey-rotation';
import { TRAINING_TEMPLATES } from './default-templates-training';
import type { NotificationTemplate } from './template';

/** The platform's templates, in force until an agency saves its own for a type/language/channel. */
export const DEFAULT_TEMPLATES: readonly NotificationTemplate[] = [
  ...APPRAISAL_TEMPLATES,
  ...PROGRESS_TEMPLATES,
  ...WAITING_TEMPLATES,
  ...TRAINING_TEMPLATES,
  ...CAREER_TEMPLATES,
  ...SURVEY_ROTATION_TEMPLATES,
  ...RANK_TEMPLATES,
];
