import { launchService } from '@jenjang/launch';
import { API_INFO } from './about/api-info';
import { notificationConfig } from './config/notification.config';

launchService({
  config: notificationConfig.load(),
  ...API_INFO,
  appModule: async (config) => (await import('./app.module')).AppModule.forRoot(config),
});
