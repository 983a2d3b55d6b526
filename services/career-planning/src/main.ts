import { launchService } from '@jenjang/launch';
import { API_INFO } from './about/api-info';
import { careerPlanningConfig } from './config/career-planning.config';

launchService({
  config: careerPlanningConfig.load(),
  ...API_INFO,
  appModule: async (config) => (await import('./app.module')).AppModule.forRoot(config),
});
