import { createServer, type RequestListener } from 'node:http';
import type { DynamicModule, INestApplication, Type } from '@nestjs/common';
import { RequestMethod, VersioningType } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { KafkaEventServer } from '@jenjang/messaging';
import { useJsonBody } from '../body/json-body.middleware';
import { securityHeaders } from '../http/security-headers';
import { opsEndpoints, opsEndpointsOptions } from '../ops/ops-endpoints';
import { SERVICE_CONFIG, SERVICE_INFO, type ServiceInfo } from '../platform.options';
import { openApiDocument } from './openapi';
import { type ShutdownHook, ShutdownHooks } from './shutdown-hooks.service';

export interface ServiceAppOptions {
  /** OpenAPI title, e.g. `Jenjang evaluation service`. */
  readonly title: string;
  readonly description?: string;
  /** Run after Nest has shut down, e.g. the function startTelemetry returned. */
  readonly onShutdown?: ShutdownHook | readonly ShutdownHook[];
}

export const API_PREFIX = 'api';
export const DOCS_PATH = 'docs';

// Operational endpoints and the event contract stay at the root, outside /api/v1.
export const UNPREFIXED = [
  { path: 'health/live', method: RequestMethod.GET },
  { path: 'health/ready', method: RequestMethod.GET },
  { path: 'metrics', method: RequestMethod.GET },
  { path: 'asyncapi', method: RequestMethod.GET },
  { path: 'asyncapi/schemas', method: RequestMethod.GET },
  { path: 'asyncapi/schemas/:topic', method: RequestMethod.GET },
];

/**
 * Security headers, query parser, body limits, prefix, URI versioning and OpenAPI: everything an
 * app needs beyond its modules. Tests call it on a TestingModule's app so they see the same routes
 * as production.
 */
export function configureApp(app: INestApplication, options: ServiceAppOptions): void {
  const express = app as NestExpressApplication;
  const config = app.get<Parameters<typeof opsEndpointsOptions>[0] & { TRUST_PROXY?: string }>(
    SERVICE_CONFIG,
  );
  // First, so that every answer has them: errors, 404s, the docs and the body parsers' refusals.
  express.disable('x-powered-by');
  app.use(securityHeaders({ docsPath: DOCS_PATH, production: config.NODE_ENV === 'production' }));
  // Metrics, docs, the event contract and readiness: on the management port, or hidden in
  // production unless said otherwise.
  app.use(opsEndpoints(opsEndpointsOptions(config)));
  // Flat query strings only (Express 5's default, pinned): `a[b]=1` is the parameter `a[b]`, never
  // the object `{ b: '1' }`, so no query value reaches a filter as an operator like `{ $ne: x }`,
  // and the strict query check names the parameter as it was sent.
  express.set('query parser', 'simple');
  // The client's address (rate limits, logs) from X-Forwarded-For only behind the proxies named.
  if (config.TRUST_PROXY !== undefined) express.set('trust proxy', trustProxy(config.TRUST_PROXY));
  useJsonBody(app);
  app.setGlobalPrefix(API_PREFIX, { exclude: UNPREFIXED });
  app.enableVersioning({ type: VersioningType.URI });

  // The same document as docs/api/<service>.openapi.json (scripts/openapi.ts writes and checks it).
  const document = openApiDocument(app, options);
  SwaggerModule.setup(DOCS_PATH, app, document, { jsonDocumentUrl: `${DOCS_PATH}-json` });
}

/** Builds the service's Nest app without listening, so main.ts can attach a Kafka strategy. */
export async function createServiceApp(
  module: Type | DynamicModule,
  options: ServiceAppOptions,
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(module, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  const hooks = app.get(ShutdownHooks);
  for (const hook of [options.onShutdown ?? []].flat()) hooks.add(hook);
  configureApp(app, options);
  return app;
}

export interface RunServiceOptions {
  readonly port: number;
  readonly host?: string;
}

/**
 * Starts the connected microservices (if main.ts called app.connectMicroservice), then HTTP.
 * Returns the URL it listens on.
 */
export async function runService(
  app: INestApplication,
  options: RunServiceOptions,
): Promise<string> {
  // The Kafka transport for @OnEvent handlers, when the app has the messaging module.
  const server = resolveOptional(app, KafkaEventServer);
  if (server) app.connectMicroservice({ strategy: server }, { inheritAppConfig: true });
  await app.startAllMicroservices();
  await app.listen(options.port, options.host ?? '0.0.0.0');
  await listenManagement(app, options.host ?? '0.0.0.0');
  const url = (await app.getUrl()).replace('[::1]', 'localhost');
  const { name } = app.get<ServiceInfo>(SERVICE_INFO);
  app.get(Logger).log(`${name} listening on ${url} (OpenAPI at ${url}/${DOCS_PATH})`, 'Bootstrap');
  return url;
}

function resolveOptional<T>(app: INestApplication, token: Type<T>): T | undefined {
  try {
    return app.get(token, { strict: false });
  } catch {
    return undefined;
  }
}

// The same Express app on MANAGEMENT_PORT too: opsEndpoints decides by the port a request came in.
async function listenManagement(app: INestApplication, host: string): Promise<void> {
  const { MANAGEMENT_PORT: port } = app.get<{ MANAGEMENT_PORT?: number }>(SERVICE_CONFIG);
  if (port === undefined) return;
  const listener = app.getHttpAdapter().getInstance() as RequestListener;
  const server = createServer(listener);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  app.get(ShutdownHooks).add(() => new Promise<void>((resolve) => server.close(() => resolve())));
  app.get(Logger).log(`management endpoints on port ${port}`, 'Bootstrap');
}

// A hop count, or the proxies' addresses and CIDRs.
export function trustProxy(value: string): number | string[] {
  return /^\d+$/.test(value) ? Number(value) : value.split(',').map((v) => v.trim());
}
