import {
  type DynamicModule,
  Global,
  type MiddlewareConsumer,
  Module,
  type NestModule,
  RequestMethod,
} from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { ThrottlerModule } from '@nestjs/throttler';
import { LoggerModule } from 'nestjs-pino';
import type { BaseServiceConfig } from '@jenjang/config';
import { createLogger, HealthRegistry, httpLoggerParams } from '@jenjang/observability';
import { ShutdownHooks } from './app/shutdown-hooks.service';
import { CsvBodyInterceptor } from './csv-body.middleware';
import { ProblemFilter } from './errors/problem.filter';
import { createValidationPipe } from './errors/request-validation';
import { AsyncApiController } from './asyncapi/asyncapi.controller';
import { HealthController } from './health/health.controller';
import { HttpMetricsMiddleware } from './metrics/http-metrics.middleware';
import { MetricsController } from './metrics/metrics.controller';
import { StrictQueryInterceptor } from './query/strict-query.interceptor';
import {
  AddressRateLimitGuard,
  DEFAULT_RATE_LIMITS,
  PrincipalRateLimitGuard,
  PrincipalRateLimitInterceptor,
  throttlerOptions,
} from './rate-limit/rate-limit';
import {
  PLATFORM_OPTIONS,
  type PlatformOptions,
  SERVICE_CONFIG,
  SERVICE_INFO,
  type ServiceInfo,
} from './platform.options';

/**
 * What every service gets: pino logging with request ids, the HealthRegistry with
 * /health/live and /health/ready, /metrics, the global ValidationPipe and problem+json filter,
 * the strict query check and the CSV body reader (both after the guards).
 */
@Global()
@Module({})
export class PlatformModule implements NestModule {
  /** forRoot from a service's validated config: name, log level, and the config itself. */
  static forService(
    config: BaseServiceConfig,
    options: Omit<PlatformOptions, 'serviceName' | 'logLevel' | 'config'> = {},
  ): DynamicModule {
    return PlatformModule.forRoot({
      rateLimits: {
        windowSeconds: config.RATE_LIMIT_WINDOW_SECONDS,
        perAddress: config.RATE_LIMIT_PER_ADDRESS,
        perPrincipal: config.RATE_LIMIT_PER_PRINCIPAL,
      },
      ...options,
      serviceName: config.SERVICE_NAME,
      logLevel: config.LOG_LEVEL,
      logFormat: config.LOG_FORMAT ?? (config.NODE_ENV === 'development' ? 'pretty' : 'json'),
      config,
    });
  }

  static forRoot(options: PlatformOptions): DynamicModule {
    const logger =
      options.logger ??
      createLogger({
        serviceName: options.serviceName,
        level: options.logLevel,
        format: options.logFormat,
      });
    const info: ServiceInfo = { name: options.serviceName, version: options.version ?? '0.0.0' };
    return {
      module: PlatformModule,
      imports: [
        LoggerModule.forRoot(httpLoggerParams({ logger })),
        TerminusModule.forRoot({ errorLogStyle: 'json' }),
        ThrottlerModule.forRoot(throttlerOptions(options.rateLimits ?? DEFAULT_RATE_LIMITS)),
      ],
      controllers: [HealthController, MetricsController, AsyncApiController],
      providers: [
        { provide: PLATFORM_OPTIONS, useValue: options },
        { provide: SERVICE_CONFIG, useValue: options.config ?? {} },
        { provide: SERVICE_INFO, useValue: info },
        { provide: HealthRegistry, useValue: new HealthRegistry() },
        ShutdownHooks,
        { provide: APP_FILTER, useClass: ProblemFilter },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        // Per address before anything else; per person once the guards have authenticated them.
        { provide: APP_GUARD, useClass: AddressRateLimitGuard },
        PrincipalRateLimitGuard,
        { provide: APP_INTERCEPTOR, useClass: PrincipalRateLimitInterceptor },
        // In this order: a query is refused before an upload is read.
        { provide: APP_INTERCEPTOR, useClass: StrictQueryInterceptor },
        { provide: APP_INTERCEPTOR, useClass: CsvBodyInterceptor },
        HttpMetricsMiddleware,
      ],
      exports: [HealthRegistry, ShutdownHooks, PLATFORM_OPTIONS, SERVICE_CONFIG, SERVICE_INFO],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(HttpMetricsMiddleware).forRoutes({ path: '*path', method: RequestMethod.ALL });
  }
}
