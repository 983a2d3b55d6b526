import { baseServiceEnv, type ConfigOf, defineConfig } from '@jenjang/config';

// The only place this service's environment is described; add its own variables with .extend().
export const evaluationConfig = defineConfig(
  baseServiceEnv({ serviceName: 'evaluation', port: 3001 }),
  'evaluation',
);

export type EvaluationConfig = ConfigOf<typeof evaluationConfig>;
