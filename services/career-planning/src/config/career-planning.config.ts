import { z } from 'zod';
import { baseServiceEnv, type ConfigOf, defineConfig } from '@jenjang/config';

// The only place this service's environment is described; add its own variables with .extend().
export const careerPlanningConfig = defineConfig(
  baseServiceEnv({ serviceName: 'career-planning', port: 3004 }).extend({
    /** How often every agency's rotation review runs (tenure and 9-box triggers); daily. */
    ROTATION_REVIEW_MS: z.coerce.number().int().positive().default(86_400_000),
    /** How often the next promotion period's list of every agency is opened if not yet; hourly. */
    PROMOTION_LIST_MS: z.coerce.number().int().positive().default(3_600_000),
  }),
  'career-planning',
);

export type CareerPlanningConfig = ConfigOf<typeof careerPlanningConfig>;
