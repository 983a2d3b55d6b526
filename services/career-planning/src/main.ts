import { launchService } from '@jenjang/launch';
import { careerPlanningConfig } from './config/career-planning.config';

launchService({
  config: careerPlanningConfig.load(),
  title: 'Jenjang career-planning service',
  description:
    'Talent management and career plans: 9-box placement, target positions, succession pools (PermenPANRB 3/2020).',
  appModule: async (config) => (await import('./app.module')).AppModule.forRoot(config),
});
