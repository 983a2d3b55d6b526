import { launchService } from '@jenjang/launch';
import { API_INFO } from './about/api-info';
import { trainingConfig } from './config/training.config';

launchService({
  config: trainingConfig.load(),
  ...API_INFO,
  appModule: async (config) => (await import('./app.module')).AppModule.forRoot(config),
});
