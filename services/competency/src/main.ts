import { launchService } from '@jenjang/launch';
import { competencyConfig } from './config/competency.config';

launchService({
  config: competencyConfig.load(),
  title: 'Jenjang competency service',
  description:
    'Competency standards per jabatan, assessed levels, gap analysis and JPM (PermenPANRB 38/2017).',
  appModule: async (config) => (await import('./app.module')).AppModule.forRoot(config),
});
