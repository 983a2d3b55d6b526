import { DomainError, type FieldError } from '@jenjang/domain-kernel';

/** A request field breaks a career rule; problem+json lists every field at fault. */
export class InvalidCareerInputError extends DomainError {
  readonly code = 'INVALID_CAREER_INPUT';
  override readonly fieldErrors: readonly FieldError[];
  constructor(errors: { field: string; en: string; id: string }[]) {
    super(
      {
        en: `The request breaks ${errors.length} rule(s): ${errors.map((e) => e.en).join(' ')}`,
        id: `Permintaan melanggar ${errors.length} aturan: ${errors.map((e) => e.id).join(' ')}`,
      },
      { status: 422 },
    );
    this.fieldErrors = errors.map((e) => ({ field: e.field, message: { en: e.en, id: e.id } }));
  }
}

export class NotAllowedError extends DomainError {
  readonly code = 'CAREER_ACTION_NOT_ALLOWED';
  constructor(en: string, id: string) {
    super({ en, id }, { status: 403 });
  }
}

export class ConflictError extends DomainError {
  readonly code: string;
  constructor(code: string, en: string, id: string, field?: string) {
    super({ en, id }, { status: 409, ...(field ? { field } : {}) });
    this.code = code;
  }
}
