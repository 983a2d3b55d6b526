import { type DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { Connection } from 'mongoose';
import type { Logger } from 'pino';
import { httpLoggerParams } from '@jenjang/observability';
import { ApiProxyController } from './api/api-proxy.controller';
import { AuthController } from './auth/auth.controller';
import { CsrfGuard } from './auth/csrf.guard';
import { OidcClientService } from './auth/oidc-client.service';
import { ServiceTokensService } from './auth/service-tokens.service';
import type { PortalConfig } from './config/portal.config';
import { HealthController } from './health/health.controller';
import { OpsController } from './ops/ops.controller';
import { OpsService } from './ops/ops.service';
import { PORTAL_CONFIG } from './portal.tokens';
import { SESSION_CONNECTION, SessionConnectionCloser } from './session/session-connection';

@Module({})
export class AppModule {
  static forRoot(
    config: PortalConfig,
    logger: Logger,
    sessions: Connection | null = null,
  ): DynamicModule {
    return {
      module: AppModule,
      // One JSON line per request with its id, like the services (libs/observability).
      imports: [LoggerModule.forRoot(httpLoggerParams({ logger }))],
      controllers: [AuthController, ApiProxyController, HealthController, OpsController],
      providers: [
        { provide: PORTAL_CONFIG, useValue: config },
        { provide: SESSION_CONNECTION, useValue: sessions },
        SessionConnectionCloser,
        OidcClientService,
        ServiceTokensService,
        CsrfGuard,
        OpsService,
      ],
    };
  }
}
