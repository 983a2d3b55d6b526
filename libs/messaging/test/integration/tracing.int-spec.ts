import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ProbeWorld } from './probe-harness';

interface ExportedSpan {
  service: string;
  name: string;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
}

// A minimal OTLP/HTTP (JSON) receiver: what a collector would get from both processes.
function otlpReceiver(): Promise<{ server: Server; url: string; spans: ExportedSpan[] }> {
  const spans: ExportedSpan[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      const payload = JSON.parse(body || '{}') as {
        resourceSpans?: {
          resource: { attributes: { key: string; value: { stringValue?: string } }[] };
          scopeSpans: { spans: Omit<ExportedSpan, 'service'>[] }[];
        }[];
      };
      for (const rs of payload.resourceSpans ?? []) {
        const service =
          rs.resource.attributes.find((a) => a.key === 'service.name')?.value.stringValue ?? '?';
        for (const ss of rs.scopeSpans) for (const s of ss.spans) spans.push({ ...s, service });
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, spans }),
    ),
  );
}

describe('trace propagation through Kafka', () => {
  let world: ProbeWorld;
  let receiver: Awaited<ReturnType<typeof otlpReceiver>>;

  beforeEach(async () => {
    world = await new ProbeWorld().setUp();
    receiver = await otlpReceiver();
  });

  afterEach(async () => {
    await world?.tearDown();
    receiver.server.close();
  });

  it('should continue the trace of an HTTP request in the consumer span of another process', async () => {
    const telemetry = { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url, OTEL_BSP_SCHEDULE_DELAY: '200' };
    const producer = await world.startReady('probe-producer', telemetry);
    await world.startReady('probe-consumer', {
      ...telemetry,
      PROBE_CONSUME: '1',
      PROBE_RELAY: '0',
    });

    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    const res = await fetch(`http://127.0.0.1:${producer.port}/probes/emp-trace`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        traceparent: `00-${traceId}-00f067aa0ba902b7-01`,
      },
      body: JSON.stringify({ seq: 1 }),
    });
    expect(res.status).toBe(201);

    const consumerSpan = await world.waitUntil('the consumer span', () =>
      receiver.spans.find((s) => s.service === 'probe-consumer' && s.name.endsWith(' process')),
    );
    expect(consumerSpan.traceId).toBe(traceId);
    const publishSpan = receiver.spans.find((s) => s.spanId === consumerSpan.parentSpanId);
    expect(publishSpan).toMatchObject({
      service: 'probe-producer',
      traceId,
      name: `${world.topic} publish`,
    });
    expect(
      receiver.spans.some(
        (s) => s.service === 'probe-producer' && s.traceId === traceId && s.name.startsWith('POST'),
      ),
    ).toBe(true);
  });
});
