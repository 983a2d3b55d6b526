import { context, isSpanContextValid, trace } from '@opentelemetry/api';
import pino, { type Logger, type LoggerOptions } from 'pino';
import { personalDataRedactPaths, REDACTED } from './redaction';

export interface LoggerFactoryOptions {
  readonly serviceName: string;
  readonly level?: string;
  /** Where lines go; stdout by default. Tests pass a stream to read them back. */
  readonly destination?: pino.DestinationStream;
  /** Extra keys to censor, on top of PERSONAL_DATA_KEYS. */
  readonly redactKeys?: readonly string[];
}

/** trace_id and span_id of the active span, for correlating a log line with its trace. */
export function activeTraceFields(): { trace_id?: string; span_id?: string } {
  const spanContext = trace.getSpan(context.active())?.spanContext();
  if (!spanContext || !isSpanContextValid(spanContext)) return {};
  return { trace_id: spanContext.traceId, span_id: spanContext.spanId };
}

export function loggerOptions(options: LoggerFactoryOptions): LoggerOptions {
  const extra = options.redactKeys ?? [];
  return {
    level: options.level ?? 'info',
    base: { service: options.serviceName },
    timestamp: pino.stdTimeFunctions.isoTime,
    messageKey: 'msg',
    formatters: { level: (label) => ({ level: label }) },
    mixin: activeTraceFields,
    redact: {
      paths: [
        ...personalDataRedactPaths(),
        ...(extra.length ? personalDataRedactPaths(extra) : []),
      ],
      censor: REDACTED,
    },
  };
}

/** The one way to make a pino logger in Jenjang: JSON lines with trace ids, personal data censored. */
export function createLogger(options: LoggerFactoryOptions): Logger {
  return options.destination
    ? pino(loggerOptions(options), options.destination)
    : pino(loggerOptions(options));
}
