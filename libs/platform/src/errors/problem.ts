/** One field at fault in a request. */
export interface ProblemFieldError {
  /** Path into the request body or query, nested with dots and indexes: `items[0].jp`. */
  readonly field: string;
  readonly message: string;
  /** The same message in Bahasa Indonesia. */
  readonly message_id?: string;
}

/** RFC 9457 problem details, with Indonesian title and detail beside the English ones. */
export interface ProblemDetails {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly instance?: string;
  readonly title_id: string;
  readonly detail_id: string;
  readonly code?: string;
  readonly errors?: readonly ProblemFieldError[];
  readonly request_id?: string;
  readonly [extension: string]: unknown;
}

/** What a mapper returns for an error it knows: the problem and any headers to send with it. */
export interface ProblemMapping {
  readonly problem: ProblemDetails;
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * Lets another library (auth, messaging) translate its own errors without the platform
 * depending on it: return undefined for errors you do not own.
 */
export type ProblemMapper = (error: unknown) => ProblemMapping | undefined;

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';
export const PROBLEM_TYPE_PREFIX = 'urn:jenjang:problem:';

export function problemType(code: string): string {
  return `${PROBLEM_TYPE_PREFIX}${code.toLowerCase().replace(/_/g, '-')}`;
}
