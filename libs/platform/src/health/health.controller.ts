import type { ServerResponse } from 'node:http';
import {
  Controller,
  Get,
  Inject,
  Res,
  ServiceUnavailableException,
  VERSION_NEUTRAL,
} from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectPinoLogger, PinoLogger } from 'nestjs-pino';
import { Public } from '@jenjang/auth';
import {
  HealthCheck,
  type HealthCheckResult,
  HealthCheckService,
  type HealthIndicatorFunction,
  HealthIndicatorService,
} from '@nestjs/terminus';
import { HealthRegistry, type HealthResult } from '@jenjang/observability';
import { PLATFORM_OPTIONS, type PlatformOptions } from '../platform.options';

type Probe = 'liveness' | 'readiness';

const DEFAULT_TIMEOUT_MS = 5_000;

function withTimeout(check: () => Promise<HealthResult>, ms: number): Promise<HealthResult> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<HealthResult>((resolve) => {
    timer = setTimeout(
      () => resolve({ ok: false, details: { error: `no answer in ${ms} ms` } }),
      ms,
    );
  });
  return Promise.race([
    check().catch((error: unknown) => ({
      ok: false,
      details: { error: error instanceof Error ? error.message : String(error) },
    })),
    timeout,
  ]).finally(() => clearTimeout(timer));
}

/**
 * Liveness and readiness: whatever the libraries registered in the HealthRegistry. The probes are
 * anonymous, so the answer says only up or down per contributor; what a contributor reported (a
 * store's or broker's error text, broker counts) goes to the log when it is down.
 */
// Probes and scrapes come from the orchestrator and Prometheus, which hold no user token.
@Public()
@ApiTags('health')
@Controller({ path: 'health', version: VERSION_NEUTRAL })
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    private readonly registry: HealthRegistry,
    @Inject(PLATFORM_OPTIONS) private readonly options: PlatformOptions,
    @InjectPinoLogger(HealthController.name) private readonly logger: PinoLogger,
  ) {}

  @Get('live')
  @HealthCheck()
  live(@Res({ passthrough: true }) res: ServerResponse): Promise<HealthCheckResult> {
    return this.run('liveness', res);
  }

  @Get('ready')
  @HealthCheck()
  ready(@Res({ passthrough: true }) res: ServerResponse): Promise<HealthCheckResult> {
    return this.run('readiness', res);
  }

  private async run(probe: Probe, res: ServerResponse): Promise<HealthCheckResult> {
    try {
      return await this.health.check(this.checksFor(probe));
    } catch (error) {
      // Terminus reports "down" as a 503 exception; keep its body (per-contributor details)
      // rather than let the problem filter flatten it.
      if (!(error instanceof ServiceUnavailableException)) throw error;
      res.statusCode = 503;
      return error.getResponse() as HealthCheckResult;
    }
  }

  private checksFor(probe: Probe): HealthIndicatorFunction[] {
    const timeoutMs = this.options.healthTimeoutMs ?? DEFAULT_TIMEOUT_MS;
    return this.registry.list().flatMap((contributor) => {
      const check = contributor[probe];
      if (!check) return [];
      return [
        async () => {
          const session = this.indicators.check(contributor.name);
          const result = await withTimeout(check, timeoutMs);
          if (result.ok) return session.up();
          this.logger.warn(
            { probe, contributor: contributor.name, details: result.details ?? {} },
            'health contributor down',
          );
          return session.down();
        },
      ];
    });
  }
}
