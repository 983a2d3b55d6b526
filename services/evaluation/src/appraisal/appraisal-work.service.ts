import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { auditEntry } from '@jenjang/persistence';
import type { RequestScope } from '@jenjang/platform';
import { userActor } from '../shared/domain/actor';
import type { Rating } from '../shared/domain/rating';
import { feedbackGiven } from './appraisal-events';
import { fromDomain } from './appraisal.mapper';
import { AppraisalRepository } from './appraisal.repository';
import type { FeedbackAbout, PerilakuRatingDoc, RealisasiDoc } from './appraisal.schema';
import { AppraisalQueryService, step } from './appraisal-query.service';
import { UnknownIndicatorError } from './domain/appraisal-errors';

export interface RealisasiInput {
  indicatorId: string;
  value: string;
  evidenceLinks?: string[];
}

/** The work of the period: realisation recorded, feedback given, ratings set. */
@Injectable()
export class AppraisalWorkService {
  constructor(
    private readonly appraisals: AppraisalRepository,
    private readonly query: AppraisalQueryService,
  ) {}

  async recordRealisasi(
    caller: RequestScope,
    id: string,
    revision: number,
    entries: RealisasiInput[],
  ) {
    const { a, skp } = await this.query.load(caller, id);
    const actor = userActor(caller.self());
    const next = step(a, skp, { type: 'RECORD_REALISASI' }, actor, 0);
    const indicators = new Map(
      skp.hasilKerja.flatMap((h) => h.indicators.map((i) => [i.id, h.id] as const)),
    );
    const now = new Date();
    const byIndicator = new Map(a.realisasi.map((r) => [r.indicatorId, r]));
    entries.forEach((e, i) => {
      const hasilKerjaId = indicators.get(e.indicatorId);
      if (!hasilKerjaId) throw new UnknownIndicatorError(`entries[${i}].indicatorId`);
      byIndicator.set(e.indicatorId, {
        indicatorId: e.indicatorId,
        hasilKerjaId,
        value: e.value,
        evidenceLinks: e.evidenceLinks ?? [],
        recordedAt: now,
      } satisfies RealisasiDoc);
    });
    return this.appraisals.change(
      caller.agency,
      id,
      revision,
      { set: { ...fromDomain(next), realisasi: [...byIndicator.values()] } },
      auditEntry(caller.actor, 'appraisal.realisasi', {
        after: { indicators: entries.map((e) => e.indicatorId) },
      }),
    );
  }

  async giveFeedback(
    caller: RequestScope,
    id: string,
    revision: number,
    about: FeedbackAbout,
    text: string,
  ) {
    const { a, skp } = await this.query.load(caller, id);
    const actor = userActor(caller.self());
    const next = step(a, skp, { type: 'GIVE_FEEDBACK' }, actor, 0);
    if (about.kind === 'HASIL_KERJA' && !skp.hasilKerja.some((h) => h.id === about.hasilKerjaId)) {
      throw new UnknownIndicatorError('about.hasilKerjaId');
    }
    const feedback = {
      id: randomUUID(),
      about,
      text,
      penilaiId: actor.pegawaiId,
      givenAt: new Date(),
    };
    return this.appraisals.change(
      caller.agency,
      id,
      revision,
      { set: fromDomain(next), push: { feedback } },
      auditEntry(caller.actor, 'appraisal.feedback', { after: { about } }),
      [feedbackGiven(a, feedback)],
    );
  }

  async rate(
    caller: RequestScope,
    id: string,
    revision: number,
    ratings: { hasilKerja: Rating; perilakuKerja: Rating; perilaku?: PerilakuRatingDoc[] },
  ) {
    const { a, skp } = await this.query.load(caller, id);
    const next = step(
      a,
      skp,
      { type: 'RATE', hasilKerja: ratings.hasilKerja, perilakuKerja: ratings.perilakuKerja },
      userActor(caller.self()),
      0,
    );
    return this.appraisals.change(
      caller.agency,
      id,
      revision,
      { set: { ...fromDomain(next), perilaku: ratings.perilaku ?? a.perilaku } },
      auditEntry(caller.actor, 'appraisal.rate', {
        before: { hasilKerja: a.ratingHasilKerja, perilakuKerja: a.ratingPerilakuKerja },
        after: { hasilKerja: ratings.hasilKerja, perilakuKerja: ratings.perilakuKerja },
      }),
    );
  }
}
