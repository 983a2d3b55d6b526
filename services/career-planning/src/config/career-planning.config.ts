import { baseServiceEnv, type ConfigOf, defineConfig } from '@jenjang/config';

// The only place this service's environment is described; add its own variables with .extend().
export const careerPlanningConfig = defineConfig(
  baseServiceEnv({ serviceName: 'career-planning', port: 3004 }),
  'career-planning',
);

export type CareerPlanningConfig = ConfigOf<typeof careerPlanningConfig>;
