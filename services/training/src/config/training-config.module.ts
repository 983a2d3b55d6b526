import { type DynamicModule, Module } from '@nestjs/common';
import { TRAINING_CONFIG, type TrainingConfig } from './training.config';

/** Makes the validated config injectable everywhere (TRAINING_CONFIG). */
@Module({})
export class TrainingConfigModule {
  static forRoot(config: TrainingConfig): DynamicModule {
    return {
      module: TrainingConfigModule,
      global: true,
      providers: [{ provide: TRAINING_CONFIG, useValue: config }],
      exports: [TRAINING_CONFIG],
    };
  }
}
