import { baseServiceEnv, type ConfigOf, defineConfig } from '@jenjang/config';

// The only place this service's environment is described; add its own variables with .extend().
export const notificationConfig = defineConfig(
  baseServiceEnv({ serviceName: 'notification', port: 3005 }),
  'notification',
);

export type NotificationConfig = ConfigOf<typeof notificationConfig>;
