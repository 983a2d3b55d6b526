import { DomainError, type FieldError } from '@jenjang/domain-kernel';

/** Input that breaks a rule of this service; each field at fault is named. Nothing is changed. */
export class InvalidInputError extends DomainError {
  readonly code: string;

  constructor(
    code: string,
    override readonly fieldErrors: readonly FieldError[],
  ) {
    super(
      {
        en: fieldErrors.map((e) => e.message.en).join(' '),
        id: fieldErrors.map((e) => e.message.id).join(' '),
      },
      { status: 422, field: fieldErrors[0]?.field },
    );
    this.code = code;
  }
}
