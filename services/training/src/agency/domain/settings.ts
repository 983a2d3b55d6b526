import { PNS_JP_MIN_PER_YEAR } from '@jenjang/contracts';
import { DomainError } from '@jenjang/domain-kernel';

// An agency's training settings: the yearly JP minimum and whether enrollment needs approval.
// PP 11/2017 art. 203(4) as amended by PP 17/2020 gives every PNS at least 20 JP a year: an agency
// may ask more of its PNS, never less. PPPK fall under PP 49/2018, not this minimum: their
// competency development is at most 24 JP a year of the contract (art. 39), so their yearly
// figure is the agency's own, from 0 (no yearly target, no reminder) to 24.

/** The legal floor for PNS (PP 17/2020). */
export const JP_REQUIRED_MIN = PNS_JP_MIN_PER_YEAR;
export const JP_REQUIRED_MAX = 200;
/** PP 49/2018 art. 39: a PPPK's development is at most 24 JP a year of the contract. */
export const PPPK_JP_MAX = 24;
/** No yearly JP target for PPPK until the agency sets one. */
export const PPPK_JP_DEFAULT = 0;

export interface SettingsValues {
  jpRequired: number;
  /** The yearly JP figure for PPPK (not bound by the PNS minimum). */
  jpRequiredPppk: number;
  approvalRequired: boolean;
}

/** The yearly JP a person is held to: the PNS minimum, or the agency's PPPK figure. */
export function jpRequiredFor(
  employmentType: 'PNS' | 'PPPK' | null | undefined,
  settings: Pick<SettingsValues, 'jpRequired' | 'jpRequiredPppk'>,
): number {
  return employmentType === 'PPPK' ? settings.jpRequiredPppk : settings.jpRequired;
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
      `The yearly JP minimum for PNS must be a whole number from ${JP_REQUIRED_MIN} (the floor of PP 17/2020) to ${JP_REQUIRED_MAX}.`,
      `Batas minimal JP per tahun bagi PNS harus bilangan bulat ${JP_REQUIRED_MIN} (batas bawah PP 17/2020) sampai ${JP_REQUIRED_MAX}.`,
    );
  }
  if (
    !Number.isInteger(v.jpRequiredPppk) ||
    v.jpRequiredPppk < 0 ||
    v.jpRequiredPppk > PPPK_JP_MAX
  ) {
    throw new InvalidTrainingSettingsError(
      'jpRequiredPppk',
      `The yearly JP figure for PPPK must be a whole number from 0 (no yearly target) to ${PPPK_JP_MAX} (the most PP 49/2018 gives a year).`,
      `Jumlah JP per tahun bagi PPPK harus bilangan bulat 0 (tanpa target tahunan) sampai ${PPPK_JP_MAX} (paling banyak menurut PP 49/2018).`,
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
  for (const k of ['jpRequired', 'jpRequiredPppk', 'approvalRequired'] as const) {
    if (before[k] !== after[k]) {
      Object.assign(b, { [k]: before[k] });
      Object.assign(a, { [k]: after[k] });
    }
  }
  return Object.keys(a).length === 0 ? null : { before: b, after: a };
}
