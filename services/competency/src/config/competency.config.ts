import { baseServiceEnv, type ConfigOf, defineConfig } from '@jenjang/config';

// The only place this service's environment is described; add its own variables with .extend().
export const competencyConfig = defineConfig(
  baseServiceEnv({ serviceName: 'competency', port: 3002 }),
  'competency',
);

export type CompetencyConfig = ConfigOf<typeof competencyConfig>;
