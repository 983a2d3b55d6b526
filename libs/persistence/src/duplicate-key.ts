import mongoose, { type Schema } from 'mongoose';
import { DomainError } from '@jenjang/domain-kernel';

// MongoDB's duplicate-key code is known here and nowhere else: a write through mongoose that a
// unique index refuses throws DuplicateKeyError (the plugin below), so services catch a type.

/** MongoDB's duplicate-key error code (a unique index refused the write). */
export const DUPLICATE_KEY = 11000;

/**
 * A unique index refused the write: the document (or its unique key) exists already, usually
 * because a concurrent request created it first. Callers that expect the race catch it and
 * answer their own error; uncaught, it is a 409.
 */
export class DuplicateKeyError extends DomainError {
  readonly code = 'DUPLICATE_KEY';

  constructor(
    /** The fields of the unique index that refused the write (not their values). */
    readonly fields: readonly string[] = [],
    options: { cause?: unknown } = {},
  ) {
    super(
      {
        en: 'The data exists already (saved at the same moment by another request).',
        id: 'Data sudah ada (disimpan pada saat yang sama oleh permintaan lain).',
      },
      { status: 409, cause: options.cause },
    );
  }
}

/** A single write refused as a duplicate: DuplicateKeyError or the driver's own error. */
export function isDuplicateKey(error: unknown): boolean {
  return (
    error instanceof DuplicateKeyError || (error as { code?: unknown })?.code === DUPLICATE_KEY
  );
}

/** The driver's error as DuplicateKeyError; any other error unchanged. */
export function toDuplicateKeyError(error: unknown): unknown {
  if (error instanceof DuplicateKeyError || !isDuplicateKey(error)) return error;
  const keyPattern = (error as { keyPattern?: Record<string, unknown> }).keyPattern;
  return new DuplicateKeyError(Object.keys(keyPattern ?? {}), { cause: error });
}

// insertMany is left out: a batch refusal names which documents were refused
// (duplicateInsertIndexes), which one error type could not say.
const SINGLE_WRITES = [
  'save',
  'updateOne',
  'updateMany',
  'findOneAndUpdate',
  'findOneAndReplace',
  'replaceOne',
] as const;

/** Mongoose plugin: a duplicate-key refusal of a single write throws DuplicateKeyError. */
export function duplicateKeyPlugin(schema: Schema): void {
  for (const hook of SINGLE_WRITES) {
    schema.post(hook, function (error: unknown, _res: unknown, next: (err?: Error) => void) {
      next(toDuplicateKeyError(error) as Error);
    });
  }
}

// Registered once for every schema compiled after this module loads.
mongoose.plugin(duplicateKeyPlugin);
