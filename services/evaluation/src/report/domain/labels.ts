import type { BilingualText } from '@jenjang/domain-kernel';
import { PREDIKAT_LABELS, type Predikat } from '../../shared/domain/rating';
import { ORGANISATION_PREDIKAT_LABELS, type OrganisationPredikat } from '../../agency/domain/curve';

// The Indonesian label is the legal term; the English one is a gloss for readers of the report.
const PREDIKAT_EN: Readonly<Record<Predikat, string>> = {
  SANGAT_BAIK: 'Very good',
  BAIK: 'Good',
  BUTUH_PERBAIKAN: 'Needs improvement',
  KURANG_MISCONDUCT: 'Poor/Misconduct',
  SANGAT_KURANG: 'Very poor',
};

const ORGANISATION_EN: Readonly<Record<OrganisationPredikat, string>> = {
  ISTIMEWA: 'Outstanding',
  BAIK: 'Good',
  BUTUH_PERBAIKAN: 'Needs improvement',
  KURANG: 'Poor',
  SANGAT_KURANG: 'Very poor',
};

export function predikatLabel(predikat: Predikat): BilingualText {
  return { id: PREDIKAT_LABELS[predikat], en: PREDIKAT_EN[predikat] };
}

export function organisationPredikatLabel(predikat: OrganisationPredikat): BilingualText {
  return { id: ORGANISATION_PREDIKAT_LABELS[predikat], en: ORGANISATION_EN[predikat] };
}
