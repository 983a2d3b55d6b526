// The whole of a service's main.ts. Only telemetry is loaded eagerly here: NestJS, express and
// the service's modules load after startTelemetry, so the instrumentations patch them on require.
import type { DynamicModule } from '@nestjs/common';
import type { BaseServiceConfig } from '@jenjang/config';
import { exitOnBootFailure, startTelemetry } from '@jenjang/observability';

export interface LaunchOptions<C extends BaseServiceConfig> {
  readonly config: C;
  /** OpenAPI title and description. */
  readonly title: string;
  readonly description: string;
  /** Loads the app module lazily, e.g. `async (c) => (await import('./app.module')).AppModule.forRoot(c)`. */
  readonly appModule: (config: C) => Promise<DynamicModule>;
}

export function launchService<C extends BaseServiceConfig>(options: LaunchOptions<C>): void {
  const { config } = options;
  const stopTelemetry = startTelemetry({
    serviceName: config.SERVICE_NAME,
    otlpEndpoint: config.OTEL_EXPORTER_OTLP_ENDPOINT,
  });
  const main = async (): Promise<void> => {
    const { createServiceApp, runService } = await import('./app/service-app');
    const app = await createServiceApp(await options.appModule(config), {
      title: options.title,
      description: options.description,
      onShutdown: stopTelemetry,
    });
    // runService attaches the Kafka transport for @OnEvent handlers and starts it before HTTP.
    await runService(app, { port: config.PORT });
  };
  main().catch(exitOnBootFailure(config.SERVICE_NAME, stopTelemetry));
}
