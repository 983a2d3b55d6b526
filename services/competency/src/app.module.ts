import { type DynamicModule, Module } from '@nestjs/common';
import { PlatformModule, ServiceRuntimeModule } from '@jenjang/platform';
import { version } from '../package.json';
import { AboutModule } from './about/about.module';
import type { CompetencyConfig } from './config/competency.config';

@Module({})
export class AppModule {
  static forRoot(config: CompetencyConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forService(config, { version }),
        ServiceRuntimeModule.forService(config),
        AboutModule,
      ],
    };
  }
}
