import { launchService } from '@jenjang/launch';
import { API_INFO } from './about/api-info';
import { evaluationConfig } from './config/evaluation.config';

launchService({
  config: evaluationConfig.load(),
  ...API_INFO,
  appModule: async (config) => (await import('./app.module')).AppModule.forRoot(config),
});
