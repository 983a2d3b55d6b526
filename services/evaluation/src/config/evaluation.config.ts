import { baseServiceEnv, type ConfigOf, defineConfig } from '@jenjang/config';

// The only place this service's environment is described; add its own variables with .extend().
export const evaluationConfig = defineConfig(
  baseServiceEnv({
    serviceName: 'evaluation',
    port: 3001,
    // A year-end import's appraisals enter the topics only as fast as the services downstream
    // take them, so another agency's finalizations never queue behind the whole import.
    paceGroups: ['competency', 'training', 'career-planning', 'notification'].map(
      (service) => `jenjang.${service}`,
    ),
  }),
  'evaluation',
);

export type EvaluationConfig = ConfigOf<typeof evaluationConfig>;
