import { launchService } from '@jenjang/launch';
import { notificationConfig } from './config/notification.config';

launchService({
  config: notificationConfig.load(),
  title: 'Jenjang notification service',
  description:
    'Notifications to employees and appraisers, driven by events from the other services.',
  appModule: async (config) => (await import('./app.module')).AppModule.forRoot(config),
});
