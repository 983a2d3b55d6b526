import { type DynamicModule, Global, Module } from '@nestjs/common';
import { IDEMPOTENCY_OPTIONS, type IdempotencyModuleOptions } from './idempotency.options';

/**
 * Optional: @Idempotent() works without it, with a 24 h retention and a 60 s lock. Import it
 * once to tune both for the whole app.
 */
@Global()
@Module({})
export class IdempotencyModule {
  static forRoot(options: IdempotencyModuleOptions): DynamicModule {
    return {
      module: IdempotencyModule,
      providers: [{ provide: IDEMPOTENCY_OPTIONS, useValue: options }],
      exports: [IDEMPOTENCY_OPTIONS],
    };
  }
}
