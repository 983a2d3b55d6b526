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
  /**
   * `json` (default): one JSON object per line, for production and log shippers. `pretty`: one
   * readable line per entry with the level coloured (errors red, with their stack), for a person
   * watching a development console; needs the pino-pretty development dependency.
   */
  readonly format?: 'json' | 'pretty';
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

// Fields a person reading the console does not need on every line (the platform's prefix names
// the service; ids are in the JSON logs). A request's completion line becomes "GET /path 200 12ms";
// a handled event's fields (`event`, libs/messaging) are already said in its message.
const PRETTY_HIDDEN =
  'pid,hostname,service,context,trace_id,span_id,request_id,req,res,responseTime,event';

/** One readable line: `[Context] message`, or `METHOD /path status time` for a request. */
export function prettyMessage(log: Record<string, unknown>, messageKey: string): string {
  const req = log.req as { method?: string; path?: string } | undefined;
  const res = log.res as { statusCode?: number } | undefined;
  if (req && res) {
    const time = typeof log.responseTime === 'number' ? ` ${log.responseTime}ms` : '';
    return `${req.method ?? ''} ${req.path ?? ''} ${res.statusCode ?? ''}${time}`;
  }
  const context = typeof log.context === 'string' ? `[${log.context}] ` : '';
  const message = log[messageKey];
  const text =
    typeof message === 'string' ? message : message === undefined ? '' : JSON.stringify(message);
  return `${context}${text}`;
}

function prettyStream(destination?: pino.DestinationStream): pino.DestinationStream {
  // A development dependency, loaded only when asked for: production images may not have it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const pretty = require('pino-pretty') as typeof import('pino-pretty');
  return pretty.build({
    colorize: true,
    translateTime: 'SYS:HH:MM:ss.l',
    ignore: PRETTY_HIDDEN,
    messageFormat: prettyMessage,
    singleLine: false,
    sync: true,
    ...(destination ? { destination } : {}),
  });
}

/** The one way to make a pino logger in Jenjang: JSON lines with trace ids, personal data censored. */
export function createLogger(options: LoggerFactoryOptions): Logger {
  if (options.format === 'pretty') {
    return pino(loggerOptions(options), prettyStream(options.destination));
  }
  return options.destination
    ? pino(loggerOptions(options), options.destination)
    : pino(loggerOptions(options));
}
