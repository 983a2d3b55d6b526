import {
  CompositePropagator,
  W3CBaggagePropagator,
  W3CTraceContextPropagator,
} from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { ExpressInstrumentation } from '@opentelemetry/instrumentation-express';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { MongoDBInstrumentation } from '@opentelemetry/instrumentation-mongodb';
import { NodeSDK } from '@opentelemetry/sdk-node';
import {
  BatchSpanProcessor,
  NoopSpanProcessor,
  type SpanProcessor,
} from '@opentelemetry/sdk-trace';

export interface TelemetryOptions {
  readonly serviceName: string;
  readonly serviceVersion?: string;
  /** OTLP/HTTP base URL (e.g. http://127.0.0.1:4318); spans are exported only when set. */
  readonly otlpEndpoint?: string;
  /** Extra processors, e.g. a SimpleSpanProcessor over an InMemorySpanExporter in tests. */
  readonly spanProcessors?: readonly SpanProcessor[];
}

/** Flushes and stops the SDK; safe to call more than once. */
export type TelemetryShutdown = () => Promise<void>;

// Probes and scrapes would drown the traces.
const UNTRACED_PATHS = new Set(['/health/live', '/health/ready', '/metrics']);

function tracesUrl(endpoint: string): string {
  return `${endpoint.replace(/\/+$/, '')}/v1/traces`;
}

/**
 * Starts OpenTelemetry. Call it before NestJS, express or http are required (first lines of
 * main.ts, then load the app with a dynamic import) so the instrumentations can patch them.
 */
export function startTelemetry(options: TelemetryOptions): TelemetryShutdown {
  const processors: SpanProcessor[] = [...(options.spanProcessors ?? [])];
  if (options.otlpEndpoint) {
    processors.push(
      new BatchSpanProcessor({
        exporter: new OTLPTraceExporter({ url: tracesUrl(options.otlpEndpoint) }),
      }),
    );
  }
  // Spans per store command only when spans go somewhere: the instrumentation serializes every
  // command (inserted documents included) into the span's attributes, about 2 % of a service's
  // CPU under load (docs/benchmark, issue 12), which is waste when nothing exports it.
  const exporting = processors.length > 0;
  // With no processor at all the SDK installs no tracer provider, and logs would lose their
  // trace ids; a no-op processor keeps ids flowing without exporting anything.
  if (!exporting) processors.push(new NoopSpanProcessor());

  const sdk = new NodeSDK({
    serviceName: options.serviceName,
    spanProcessors: processors,
    // Explicitly empty: otherwise the SDK reads OTEL_*_EXPORTER and defaults to OTLP exporters.
    metricReaders: [],
    logRecordProcessors: [],
    textMapPropagator: new CompositePropagator({
      propagators: [new W3CTraceContextPropagator(), new W3CBaggagePropagator()],
    }),
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (request) =>
          UNTRACED_PATHS.has((request.url ?? '').split('?')[0] ?? ''),
      }),
      new ExpressInstrumentation(),
      // A span per MongoDB command (mongoose goes through the driver), inside the request or
      // event handler that sent it. Statements carry the query's shape with values replaced by
      // '?' (no enhancedDatabaseReporting): no personal data in traces. Kafka needs no
      // instrumentation here: @jenjang/messaging makes the producer and consumer spans and
      // carries the context in the ce_traceparent header itself (the kafkajs instrumentation
      // would add a second span per message and a second traceparent).
      ...(exporting
        ? [
            new MongoDBInstrumentation({
              requireParentSpan: true,
              enhancedDatabaseReporting: false,
            }),
          ]
        : []),
    ],
  });
  sdk.start();

  let stopping: Promise<void> | undefined;
  return () => (stopping ??= sdk.shutdown());
}
