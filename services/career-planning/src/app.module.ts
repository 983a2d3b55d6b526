import { type DynamicModule, Module } from '@nestjs/common';
import { PlatformModule, ServiceRuntimeModule } from '@jenjang/platform';
import { version } from '../package.json';
import { AboutModule } from './about/about.module';
import type { CareerPlanningConfig } from './config/career-planning.config';

@Module({})
export class AppModule {
  static forRoot(config: CareerPlanningConfig): DynamicModule {
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
