import type { BilingualText } from './bilingual-text';

export interface DomainErrorOptions extends ErrorOptions {
  /** HTTP status hint; a status registered for the code with PlatformModule wins; else 422. */
  readonly status?: number;
  /** A short title in both languages; the status title is used when absent. */
  readonly title?: BilingualText;
  /** The request field at fault, when one is (e.g. `periode.tahun`). */
  readonly field?: string;
}

/**
 * Base of every business-rule error. Services throw subclasses from their services and domain;
 * the platform's filter turns them into problem+json at the edge. This file imports nothing so
 * that it stays usable from pure code.
 *
 * @example
 * export class AppraisalAlreadyFinalError extends DomainError {
 *   readonly code = 'APPRAISAL_ALREADY_FINAL';
 *   constructor() {
 *     super({ en: 'The appraisal is final.', id: 'Penilaian sudah final.' }, { status: 409 });
 *   }
 * }
 */
/** One field at fault, in both languages; the edge lists them in problem+json `errors`. */
export interface FieldError {
  readonly field: string;
  readonly message: BilingualText;
}

export abstract class DomainError extends Error {
  /** Stable, upper snake case: `APPRAISAL_ALREADY_FINAL`. Also the problem `type` suffix. */
  abstract readonly code: string;
  /** Several fields at fault (a subclass sets it); wins over `field` at the edge. */
  readonly fieldErrors?: readonly FieldError[];
  readonly status?: number;
  readonly title?: BilingualText;
  readonly field?: string;

  protected constructor(
    readonly detail: BilingualText,
    options: DomainErrorOptions = {},
  ) {
    super(detail.en, options);
    this.name = new.target.name;
    this.status = options.status;
    this.title = options.title;
    this.field = options.field;
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
