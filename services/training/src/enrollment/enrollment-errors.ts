import { DomainError } from '@jenjang/domain-kernel';

export class SessionFullError extends DomainError {
  readonly code = 'SESSION_FULL';
  constructor() {
    super(
      { en: 'This session is full.', id: 'Angkatan ini sudah penuh.' },
      { status: 409, field: 'sessionId' },
    );
  }
}

export class ProgramNotOpenError extends DomainError {
  readonly code = 'PROGRAM_NOT_OPEN_TO_AGENCY';
  constructor() {
    super(
      {
        en: 'This program is not open to your agency.',
        id: 'Program ini tidak dibuka untuk instansi Anda.',
      },
      { status: 403, field: 'sessionId' },
    );
  }
}

export class PrerequisiteMissingError extends DomainError {
  readonly code = 'PREREQUISITE_MISSING';
  constructor(missing: string[]) {
    super(
      {
        en: `Complete these programs first: ${missing.join(', ')}.`,
        id: `Selesaikan program berikut terlebih dahulu: ${missing.join(', ')}.`,
      },
      { status: 422, field: 'sessionId' },
    );
  }
}

export class AlreadyEnrolledError extends DomainError {
  readonly code = 'ALREADY_ENROLLED';
  constructor() {
    super(
      {
        en: 'You are already enrolled in this program.',
        id: 'Anda sudah terdaftar pada program ini.',
      },
      { status: 409, field: 'sessionId' },
    );
  }
}

export class SessionStartedError extends DomainError {
  readonly code = 'SESSION_STARTED';
  constructor() {
    super(
      { en: 'This session has already started.', id: 'Angkatan ini sudah dimulai.' },
      { status: 409, field: 'sessionId' },
    );
  }
}

export class NotYourEnrollmentError extends DomainError {
  readonly code = 'NOT_APPROVER';
  constructor() {
    super(
      {
        en: 'Only the superior asked to approve (or the agency admin) may decide this.',
        id: 'Hanya atasan yang diminta menyetujui (atau admin instansi) yang dapat memutuskan ini.',
      },
      { status: 403 },
    );
  }
}
