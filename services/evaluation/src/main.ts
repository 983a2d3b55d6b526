import { launchService } from '@jenjang/launch';
import { evaluationConfig } from './config/evaluation.config';

launchService({
  config: evaluationConfig.load(),
  title: 'Jenjang evaluation service',
  description:
    'Performance management: SKP, continuous feedback, appraisal and predikat kinerja (PermenPANRB 6/2022).',
  appModule: async (config) => (await import('./app.module')).AppModule.forRoot(config),
});
