import { DomainError } from '@jenjang/domain-kernel';

// An agency's training settings: the yearly JP minimum (PP 17/2020: at least 20 JP; an agency may
// set more, or less where a regional rule says so) and whether enrollment needs approval.

export const JP_REQUIRED_MIN = 1;
export const JP_REQUIRED_MAX = 200;

export interface SettingsValues {
  jpRequired: number;
  approvalRequired: boolean;
}

export class InvalidTrainingSettingsError extends DomainError {
  readonly code = 'TRAINING_SETTINGS_INVALID';
  constructor(field: string, en: string, id: string) {
    super({ en, id }, { status: 422, field });
  }
}

/** A change to settings that exist must name the revision it was based on (no lost update). */
export class RevisionRequiredError extends DomainError {
  readonly code = 'REVISION_REQUIRED';
  constructor(currentRevision: number) {
    super(
      {
        en: `These settings already exist (revision ${currentRevision}): send the revision you read with your change.`,
        id: `Pengaturan ini sudah ada (revisi ${currentRevision}): kirimkan nomor revisi yang Anda baca bersama perubahan.`,
      },
      { status: 409, field: 'revision' },
    );
  }
}

export function checkSettings(v: SettingsValues): void {
  if (
    !Number.isInteger(v.jpRequired) ||
    v.jpRequired < JP_REQUIRED_MIN ||
    v.jpRequired > JP_REQUIRED_MAX
  ) {
    throw new InvalidTrainingSettingsError(
      'jpRequired',
      `The yearly JP minimum must be a whole number from ${JP_REQUIRED_MIN} to ${JP_REQUIRED_MAX}.`,
      `Batas minimal JP per tahun harus bilangan bulat ${JP_REQUIRED_MIN} sampai ${JP_REQUIRED_MAX}.`,
    );
  }
}

/** The fields that change, before and after; null when nothing changes. */
export function settingsChange(
  before: SettingsValues,
  after: SettingsValues,
): { before: Partial<SettingsValues>; after: Partial<SettingsValues> } | null {
  const b: Partial<SettingsValues> = {};
  const a: Partial<SettingsValues> = {};
  for (const k of ['jpRequired', 'approvalRequired'] as const) {
    if (before[k] !== after[k]) {
      Object.assign(b, { [k]: before[k] });
      Object.assign(a, { [k]: after[k] });
    }
  }
  return Object.keys(a).length === 0 ? null : { before: b, after: a };
}
