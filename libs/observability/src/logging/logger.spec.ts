import { Writable } from 'node:stream';
import { context, ROOT_CONTEXT, trace, TraceFlags } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { createLogger } from './logger';

function capture(): { stream: Writable; lines: () => Record<string, unknown>[] } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  const lines = () =>
    chunks
      .join('')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  return { stream, lines };
}

describe(createLogger.name, () => {
  beforeAll(() => {
    context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  });

  afterAll(() => {
    context.disable();
  });

  it('should censor personal data at any reasonable depth when it is logged', () => {
    const out = capture();
    const logger = createLogger({ serviceName: 'evaluation', destination: out.stream });

    logger.info(
      {
        nip: '198501012010011001',
        employee: {
          nik: '3201010101850001',
          email: 'a@b.id',
          profile: { name: 'Siti', phone: '08' },
        },
        req: { headers: { authorization: 'Bearer abc', accept: 'json' } },
        agencyId: 'agency-1',
      },
      'appraisal finalized',
    );

    const [line] = out.lines();
    expect(line).toMatchObject({
      level: 'info',
      service: 'evaluation',
      msg: 'appraisal finalized',
      nip: '[REDACTED]',
      employee: {
        nik: '[REDACTED]',
        email: '[REDACTED]',
        profile: { name: '[REDACTED]', phone: '[REDACTED]' },
      },
      req: { headers: { authorization: '[REDACTED]', accept: 'json' } },
      agencyId: 'agency-1',
    });
    expect(JSON.stringify(line)).not.toMatch(/1985010120|Siti|Bearer abc/);
  });

  it('should add the active trace and span ids when a span is active', () => {
    const out = capture();
    const logger = createLogger({ serviceName: 'evaluation', destination: out.stream });
    const spanContext = {
      traceId: '4bf92f3577b34da6a3ce929d0e0e4736',
      spanId: '00f067aa0ba902b7',
      traceFlags: TraceFlags.SAMPLED,
    };

    context.with(trace.setSpanContext(ROOT_CONTEXT, spanContext), () => logger.info('inside'));
    logger.info('outside');

    const [inside, outside] = out.lines();
    expect(inside).toMatchObject({ trace_id: spanContext.traceId, span_id: spanContext.spanId });
    expect(outside).not.toHaveProperty('trace_id');
  });
});

describe('createLogger (pretty)', () => {
  function prettyCapture(): { stream: Writable; text: () => string } {
    const chunks: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        chunks.push(chunk.toString());
        done();
      },
    });
    // colours stripped, so the assertions read the words a person sees
    return { stream, text: () => chunks.join('').replace(/\u001b\[[0-9;]*m/g, '') };
  }

  it('should write one readable line per entry, naming its context, when the format is pretty', () => {
    const out = prettyCapture();
    const logger = createLogger({
      serviceName: 'evaluation',
      format: 'pretty',
      destination: out.stream,
    });

    logger.info({ context: 'OutboxRelay' }, 'published 3 events');

    const lines = out.text().split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^\[\d\d:\d\d:\d\d\.\d{3}\] INFO: \[OutboxRelay\] published 3 events$/,
    );
  });

  it('should show a request as method, path, status and time', () => {
    const out = prettyCapture();
    const logger = createLogger({
      serviceName: 'evaluation',
      format: 'pretty',
      destination: out.stream,
    });

    logger.warn(
      {
        req: { id: 'r1', method: 'POST', path: '/api/v1/appraisals' },
        res: { statusCode: 422 },
        responseTime: 12,
      },
      'request completed',
    );

    expect(out.text().trim()).toMatch(/WARN: POST \/api\/v1\/appraisals 422 12ms$/);
  });

  it('should keep an error and its stack visible, personal data still censored', () => {
    const out = prettyCapture();
    const logger = createLogger({
      serviceName: 'evaluation',
      format: 'pretty',
      destination: out.stream,
    });

    logger.error(
      { err: new Error('store unreachable'), nip: '198703152010011001' },
      'sweep failed',
    );

    const text = out.text();
    expect(text).toMatch(/ERROR: sweep failed/);
    expect(text).toContain('store unreachable');
    expect(text).toContain('at ');
    expect(text).not.toContain('198703152010011001');
  });

  it('should stay JSON when no format is asked for', () => {
    const out = prettyCapture();
    createLogger({ serviceName: 'evaluation', destination: out.stream }).info('plain');

    expect(JSON.parse(out.text())).toMatchObject({
      level: 'info',
      msg: 'plain',
      service: 'evaluation',
    });
  });
});
