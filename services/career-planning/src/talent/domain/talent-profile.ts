import { deterministicId } from '../../shared/deterministic-id';
import {
  placeInNineBox,
  type Box,
  type Level,
  type NineBoxCutoffs,
  type PotentialScale,
  type Predikat,
} from './nine-box';

// The pure state of a person's talent record and how events change it.

export interface Kinerja {
  year: number;
  predikat: Predikat;
  appraisalId: string;
  version: number;
  /** ce_id of the appraisal-finalized it came from. */
  eventId: string;
}

/** Where a potential score comes from: assessment centre, uji kompetensi, a potential test, … */
export const POTENTIAL_SOURCES = [
  'ASSESSMENT_CENTER',
  'UJI_KOMPETENSI',
  'TES_POTENSI',
  'PENILAIAN_ATASAN',
  'LAINNYA',
] as const;
export type PotentialSource = (typeof POTENTIAL_SOURCES)[number];

export interface Potential {
  assessmentId: string;
  score: number;
  scale: PotentialScale;
  source: string;
  assessedOn: string;
}

/**
 * What makes an assessment the same one again (a re-sent file or request): the employee, the day,
 * the source, the score and its scale; not the note. The import and the API derive its id from
 * this, so it is recorded once however often, and through whichever of them, it arrives.
 */
export function potentialIdentity(
  p: Omit<Potential, 'assessmentId'> & { employeeId: string },
): string[] {
  return [
    p.employeeId,
    p.assessedOn,
    p.source,
    String(p.score),
    String(p.scale.min),
    String(p.scale.max),
  ];
}

/** The assessment's id in an agency, from its identity: the same for the API and the import. */
export function potentialAssessmentId(
  agencyId: string,
  p: Omit<Potential, 'assessmentId'> & { employeeId: string },
): string {
  return deterministicId('potential', agencyId, ...potentialIdentity(p));
}

export interface BoxPlacement {
  box: Box;
  kinerja: Level;
  potensi: Level;
  year: number;
  predikat: Predikat;
}

export interface IncomingAppraisal {
  appraisalId: string;
  version: number;
  correctionOf: string | null;
  year: number;
  predikat: Predikat;
  eventId: string;
}

/**
 * Whether an annual appraisal becomes the kinerja of the 9-box: the latest year wins; within a
 * year a correction (higher version) replaces what it corrects. An older year or an older
 * version changes nothing (events may arrive late or twice).
 */
export function nextKinerja(current: Kinerja | null, incoming: IncomingAppraisal): Kinerja | null {
  const candidate: Kinerja = {
    year: incoming.year,
    predikat: incoming.predikat,
    appraisalId: incoming.appraisalId,
    version: incoming.version,
    eventId: incoming.eventId,
  };
  if (current === null || incoming.year > current.year) return candidate;
  if (incoming.year < current.year) return null;
  if (incoming.appraisalId === current.appraisalId) return null;
  return incoming.version > current.version ? candidate : null;
}

/** The box for the record, or null while kinerja or potensi is missing. */
export function placementOf(
  kinerja: Kinerja | null,
  potential: Potential | null,
  cutoffs: NineBoxCutoffs,
): BoxPlacement | null {
  if (!kinerja || !potential) return null;
  const p = placeInNineBox(
    { predikat: kinerja.predikat, potentialScore: potential.score, scale: potential.scale },
    cutoffs,
  );
  return { ...p, year: kinerja.year, predikat: kinerja.predikat };
}

/** The newer of two potential assessments (by date, then the later recorded). */
export function latestPotential(current: Potential | null, next: Potential): Potential {
  return current && current.assessedOn > next.assessedOn ? current : next;
}

export function scoreErrors(score: number, scale: PotentialScale) {
  const errors: { field: string; en: string; id: string }[] = [];
  if (!(scale.max > scale.min)) {
    errors.push({
      field: 'scale.max',
      en: 'The scale maximum must be above its minimum.',
      id: 'Nilai maksimum skala harus lebih besar dari minimumnya.',
    });
  } else if (score < scale.min || score > scale.max) {
    errors.push({
      field: 'score',
      en: `The score must lie on its scale, ${scale.min} to ${scale.max}.`,
      id: `Nilai harus berada pada skalanya, ${scale.min} sampai ${scale.max}.`,
    });
  }
  return errors;
}
