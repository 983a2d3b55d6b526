import { baseServiceEnv, type ConfigOf, defineConfig } from '@jenjang/config';

// The only place this service's environment is described; add its own variables with .extend().
export const trainingConfig = defineConfig(
  baseServiceEnv({ serviceName: 'training', port: 3003 }),
  'training',
);

export type TrainingConfig = ConfigOf<typeof trainingConfig>;
