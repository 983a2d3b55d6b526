import { launchService } from '@jenjang/launch';
import { trainingConfig } from './config/training.config';

launchService({
  config: trainingConfig.load(),
  title: 'Jenjang training service',
  description:
    'Competency development: training catalog, enrolment and JP hours per employee per year.',
  appModule: async (config) => (await import('./app.module')).AppModule.forRoot(config),
});
