import { DomainError } from '@jenjang/domain-kernel';

export class ReasonRequiredError extends DomainError {
  readonly code = 'REASON_REQUIRED';
  constructor(field: string) {
    super({ en: 'A reason is required.', id: 'Alasan wajib diisi.' }, { status: 422, field });
  }
}

// Returns the reason without surrounding blanks; a blank reason is no reason.
export function requireReason(reason: string | undefined, field: string): string {
  const trimmed = reason?.trim() ?? '';
  if (trimmed === '') throw new ReasonRequiredError(field);
  return trimmed;
}
