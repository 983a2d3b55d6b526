import { CE_HEADERS, headerValue, type RawHeaders } from '@jenjang/contracts';

/** What became of one consumed event. */
export type HandledOutcome = 'ok' | 'retrying' | 'dead-lettered';

export interface HandledEvent {
  topic: string;
  partition: number;
  offset: string;
  headers: RawHeaders | undefined;
  outcome: HandledOutcome;
  ms: number;
  attempt: number;
  /** The dead-letter reason (`x-dlq-reason`), for `dead-lettered`. */
  reason?: string;
  /** What failed, for `retrying` and `dead-lettered`. */
  error?: string;
}

export interface HandledLogEntry {
  level: 'log' | 'warn' | 'error';
  /** One line a person reads in the development console. */
  msg: string;
  /** The same facts as fields, for the JSON logs of production. */
  event: {
    type: string;
    id?: string;
    subject?: string;
    agency?: string;
    outcome: HandledOutcome;
    ms: number;
    attempt: number;
    topic: string;
    partition: number;
    offset: string;
    reason?: string;
    error?: string;
  };
}

const TYPE_PREFIX = 'id.go.jenjang.';

/**
 * The one log line of a handled event: its type, the person it is about (an employee id, never a
 * name or NIP), the outcome and how long it took. A duplicate skipped by the inbox is not logged.
 */
export function handledLogEntry(e: HandledEvent): HandledLogEntry {
  const type = headerValue(e.headers, CE_HEADERS.type) ?? e.topic;
  const subject = headerValue(e.headers, CE_HEADERS.subject);
  const ms = Math.max(0, Math.round(e.ms));
  const error = e.error?.slice(0, 500);
  const head = `${type.startsWith(TYPE_PREFIX) ? type.slice(TYPE_PREFIX.length) : type}${
    subject ? ` for ${subject}` : ''
  }`;
  const tail =
    e.outcome === 'ok'
      ? `ok in ${ms} ms`
      : e.outcome === 'retrying'
        ? `failed in ${ms} ms (attempt ${e.attempt}), retrying: ${error ?? ''}`
        : `dead-lettered in ${ms} ms (${e.reason ?? 'unknown'}, attempt ${e.attempt}): ${error ?? ''}`;
  const id = headerValue(e.headers, CE_HEADERS.id);
  const agency = headerValue(e.headers, CE_HEADERS.agency);
  return {
    level: e.outcome === 'ok' ? 'log' : e.outcome === 'retrying' ? 'warn' : 'error',
    msg: `${head}: ${tail}`,
    event: {
      type,
      ...(id ? { id } : {}),
      ...(subject ? { subject } : {}),
      ...(agency ? { agency } : {}),
      outcome: e.outcome,
      ms,
      attempt: e.attempt,
      topic: e.topic,
      partition: e.partition,
      offset: e.offset,
      ...(e.reason ? { reason: e.reason } : {}),
      ...(error ? { error } : {}),
    },
  };
}
