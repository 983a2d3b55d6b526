import { appraisalFinalizedV1, feedbackGivenV1, predikatSetV1 } from '@jenjang/contracts';
import { sourceOf, stageEvent } from '@jenjang/messaging';
import type { OutboxEntry } from '@jenjang/persistence';
import type { AppraisalView } from './appraisal.mapper';
import type { FeedbackDoc } from './appraisal.schema';
import { objectionOutcome } from './domain/appraisal';

// The public events of an appraisal, staged into its outbox in the same write as the change.
const SOURCE = sourceOf('evaluation');
const link = (a: AppraisalView): string => `/api/v1/appraisals/${a.id}`;
const FEEDBACK_SUMMARY_MAX = 2000;

export function feedbackGiven(a: AppraisalView, f: FeedbackDoc): OutboxEntry {
  return stageEvent(
    feedbackGivenV1,
    {
      id: f.id,
      data: {
        feedbackId: f.id,
        appraisalId: a.id,
        employeeId: a.employeeId,
        agencyId: a.agencyId,
        unitId: a.unitId,
        period: a.period,
        penilaiId: f.penilaiId,
        about: f.about,
        text: f.text,
        givenAt: f.givenAt.toISOString(),
        link: link(a),
      },
    },
    SOURCE,
  );
}

export function predikatSet(a: AppraisalView): OutboxEntry {
  if (
    !a.predikat ||
    !a.ratingHasilKerja ||
    !a.ratingPerilakuKerja ||
    !a.predikatSetAt ||
    !a.objectionDeadline
  ) {
    throw new Error(`appraisal ${a.id} has no predikat to publish`);
  }
  return stageEvent(
    predikatSetV1,
    {
      data: {
        appraisalId: a.id,
        employeeId: a.employeeId,
        agencyId: a.agencyId,
        unitId: a.unitId,
        period: a.period,
        ratingHasilKerja: a.ratingHasilKerja,
        ratingPerilakuKerja: a.ratingPerilakuKerja,
        predikat: a.predikat,
        penilaiId: a.penilaiId,
        setAt: a.predikatSetAt.toISOString(),
        objectionDeadline: a.objectionDeadline.toISOString(),
        link: link(a),
      },
    },
    SOURCE,
  );
}

/** Everything a consumer needs to act on a final appraisal without calling back. */
export function appraisalFinalized(a: AppraisalView): OutboxEntry {
  if (!a.predikat || !a.ratingHasilKerja || !a.ratingPerilakuKerja || !a.finalizedAt) {
    throw new Error(`appraisal ${a.id} is not final`);
  }
  const summary = a.feedback
    .map((f) => f.text)
    .join('\n')
    .slice(0, FEEDBACK_SUMMARY_MAX);
  const k = a.keberatan;
  return stageEvent(
    appraisalFinalizedV1,
    {
      // One event per final version, whatever retries happen: the id is derived from it.
      id: `${a.id}:final`,
      data: {
        appraisalId: a.id,
        version: a.version,
        correctionOf: a.correctionOf,
        skpId: a.skpId,
        employeeId: a.employeeId,
        agencyId: a.agencyId,
        unitId: a.unitId,
        position: a.position,
        period: a.period,
        ratingHasilKerja: a.ratingHasilKerja,
        ratingPerilakuKerja: a.ratingPerilakuKerja,
        predikat: a.predikat,
        perilaku: a.perilaku.map((p) => ({
          value: p.value,
          ...(p.rating ? { rating: p.rating } : {}),
          ...(p.note ? { note: p.note } : {}),
        })),
        feedbackSummary: summary,
        penilaiId: a.penilaiId,
        atasanPenilaiId: a.atasanPenilaiId,
        objection: {
          outcome: objectionOutcome(k),
          decidedAt: k?.decidedAt ? k.decidedAt.toISOString() : null,
        },
        finalizedAt: a.finalizedAt.toISOString(),
        link: link(a),
      },
    },
    SOURCE,
  );
}
