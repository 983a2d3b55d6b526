import {
  ORGANISATION_PREDIKAT_LABELS,
  PREDIKAT_LABELS,
  type BilingualText,
  type OrganisationPredikat,
  type Predikat,
} from '@jenjang/contracts';

// The labels come from the one place for them, @jenjang/contracts.

export function predikatLabel(predikat: Predikat): BilingualText {
  return PREDIKAT_LABELS[predikat];
}

export function organisationPredikatLabel(predikat: OrganisationPredikat): BilingualText {
  return ORGANISATION_PREDIKAT_LABELS[predikat];
}
