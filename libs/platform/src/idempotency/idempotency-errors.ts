import { DomainError } from '@jenjang/domain-kernel';

export const IDEMPOTENCY_HEADER = 'Idempotency-Key';

/** The header is not 1–255 printable ASCII characters (optionally as a quoted sf-string). */
export class IdempotencyKeyInvalidError extends DomainError {
  readonly code = 'IDEMPOTENCY_KEY_INVALID';

  constructor() {
    super(
      {
        en: 'Idempotency-Key must be 1 to 255 printable ASCII characters, sent once.',
        id: 'Idempotency-Key harus berisi 1 sampai 255 karakter ASCII yang dapat dicetak, dikirim sekali.',
      },
      { status: 400 },
    );
  }
}

/** The route was declared with `@Idempotent({ required: true })` and the header is absent. */
export class IdempotencyKeyMissingError extends DomainError {
  readonly code = 'IDEMPOTENCY_KEY_MISSING';

  constructor() {
    super(
      {
        en: 'This request needs an Idempotency-Key header.',
        id: 'Permintaan ini memerlukan header Idempotency-Key.',
      },
      { status: 400 },
    );
  }
}

/** A first request with the same key has not finished yet. */
export class IdempotencyKeyInUseError extends DomainError {
  readonly code = 'IDEMPOTENCY_KEY_IN_USE';

  constructor() {
    super(
      {
        en: 'A request with this key is still being processed; try again shortly.',
        id: 'Permintaan dengan kunci ini masih diproses; coba lagi sebentar lagi.',
      },
      { status: 409 },
    );
  }
}

/** The key was used before by this caller for a different request. */
export class IdempotencyKeyReusedError extends DomainError {
  readonly code = 'IDEMPOTENCY_KEY_REUSED';

  constructor() {
    super(
      {
        en: 'Idempotency-Key reused with a different request.',
        id: 'Idempotency-Key sudah dipakai untuk permintaan yang berbeda.',
      },
      { status: 422 },
    );
  }
}
