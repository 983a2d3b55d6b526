import { DomainError } from '@jenjang/domain-kernel';

/**
 * A change to a record that exists must say which revision it was based on; without it an
 * admin could overwrite a colleague's change unknowingly (lost update).
 */
export class RevisionRequiredError extends DomainError {
  readonly code = 'REVISION_REQUIRED';
  constructor(currentRevision: number) {
    super(
      {
        en: `This record already exists (revision ${currentRevision}): send the revision you read with your change.`,
        id: `Data ini sudah ada (revisi ${currentRevision}): kirimkan nomor revisi yang Anda baca bersama perubahan.`,
      },
      { status: 409, field: 'revision' },
    );
  }
}
