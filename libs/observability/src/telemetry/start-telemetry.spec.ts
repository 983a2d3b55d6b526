import { propagation, ROOT_CONTEXT, trace } from '@opentelemetry/api';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace';
import { startTelemetry } from './start-telemetry';

describe(startTelemetry.name, () => {
  it('should send spans to extra processors and read W3C traceparent when started', async () => {
    const exporter = new InMemorySpanExporter();
    const processor = new SimpleSpanProcessor({ exporter });
    const shutdown = startTelemetry({ serviceName: 'evaluation', spanProcessors: [processor] });
    const parent = propagation.extract(ROOT_CONTEXT, {
      traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
    });

    trace.getTracer('test').startSpan('work', {}, parent).end();
    // Export waits for resource detection; the in-memory exporter forgets spans on shutdown.
    await processor.forceFlush();
    const [span] = exporter.getFinishedSpans();
    await shutdown();

    expect(span?.name).toBe('work');
    expect(span?.spanContext().traceId).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    expect(span?.resource.attributes['service.name']).toBe('evaluation');
  });
});
