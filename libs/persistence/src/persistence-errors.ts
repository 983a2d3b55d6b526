import { type BilingualText, DomainError } from '@jenjang/domain-kernel';
import { DUPLICATE_KEY } from './duplicate-key';

/**
 * The document does not exist in the caller's agency. Repositories answer this for another
 * agency's document too, so that a caller cannot learn that an id exists elsewhere.
 */
export class NotFoundError extends DomainError {
  readonly code = 'NOT_FOUND';

  /**
   * `what` names the kind of data, in both languages or one term for both (`'SKP'`); `id` is
   * the id the caller asked for (echoing it tells them nothing new).
   */
  constructor(
    what?: BilingualText | string,
    readonly id?: string,
  ) {
    const kind = typeof what === 'string' ? { en: what, id: what } : what;
    const ref = id === undefined ? '' : ` '${id}'`;
    super(
      kind
        ? {
            en: `The ${kind.en}${ref} was not found.`,
            id: `Data ${kind.id}${ref} tidak ditemukan.`,
          }
        : { en: `The data${ref} was not found.`, id: `Data${ref} tidak ditemukan.` },
      { status: 404 },
    );
  }
}

/** Someone else changed the document since the caller read it (optimistic concurrency). */
export class RevisionConflictError extends DomainError {
  readonly code = 'REVISION_CONFLICT';

  constructor(
    readonly expectedRevision: number,
    readonly currentRevision: number,
  ) {
    super(
      {
        en:
          `The data was changed by someone else: expected revision ${expectedRevision}, ` +
          `current revision ${currentRevision}. Reload it and try again.`,
        id:
          `Data sudah diubah oleh pengguna lain: revisi yang diharapkan ${expectedRevision}, ` +
          `revisi saat ini ${currentRevision}. Muat ulang data lalu coba lagi.`,
      },
      { status: 409 },
    );
  }
}

interface WriteErrorLike {
  code?: number;
  index?: number;
  err?: { code?: number; index?: number };
}

/**
 * For an unordered insert of many documents that failed: the indexes (in the inserted list) of
 * the documents refused as duplicates, when every refusal was a duplicate key; undefined when any
 * other error is among them (rethrow it). The driver gives one WriteError or a list of them.
 */
export function duplicateInsertIndexes(error: unknown): Set<number> | undefined {
  const e = error as { code?: number; writeErrors?: WriteErrorLike | WriteErrorLike[] };
  const errors: WriteErrorLike[] = Array.isArray(e.writeErrors)
    ? e.writeErrors
    : [e.writeErrors ?? { code: e.code }];
  if (!errors.every((w) => (w.code ?? w.err?.code) === DUPLICATE_KEY)) return undefined;
  return new Set(errors.map((w) => w.index ?? w.err?.index ?? -1));
}
