import { launchService } from '@jenjang/launch';
import { API_INFO } from './about/api-info';
import { competencyConfig } from './config/competency.config';

launchService({
  config: competencyConfig.load(),
  ...API_INFO,
  appModule: async (config) => (await import('./app.module')).AppModule.forRoot(config),
});
