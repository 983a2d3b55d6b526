import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Principal } from '@jenjang/auth';
import { OutboxRelay } from '@jenjang/messaging';
import { auditEntry } from '@jenjang/persistence';
import { actorOf, writeScope } from '../shared/caller';
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
    private readonly relay: OutboxRelay,
  ) {}

  async recordRealisasi(
    principal: Principal,
    id: string,
    revision: number,
    entries: RealisasiInput[],
  ) {
    const { a, skp } = await this.query.load(principal, id);
    const actor = actorOf(principal);
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
      writeScope(principal),
      id,
      revision,
      { set: { ...fromDomain(next), realisasi: [...byIndicator.values()] } },
      auditEntry(principal, 'appraisal.realisasi', {
        after: { indicators: entries.map((e) => e.indicatorId) },
      }),
    );
  }

  async giveFeedback(
    principal: Principal,
    id: string,
    revision: number,
    about: FeedbackAbout,
    text: string,
  ) {
    const { a, skp } = await this.query.load(principal, id);
    const actor = actorOf(principal);
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
    const saved = await this.appraisals.change(
      writeScope(principal),
      id,
      revision,
      { set: fromDomain(next), push: { feedback } },
      auditEntry(principal, 'appraisal.feedback', { after: { about } }),
      [feedbackGiven(a, feedback)],
    );
    this.relay.wake();
    return saved;
  }

  async rate(
    principal: Principal,
    id: string,
    revision: number,
    ratings: { hasilKerja: Rating; perilakuKerja: Rating; perilaku?: PerilakuRatingDoc[] },
  ) {
    const { a, skp } = await this.query.load(principal, id);
    const next = step(
      a,
      skp,
      { type: 'RATE', hasilKerja: ratings.hasilKerja, perilakuKerja: ratings.perilakuKerja },
      actorOf(principal),
      0,
    );
    return this.appraisals.change(
      writeScope(principal),
      id,
      revision,
      { set: { ...fromDomain(next), perilaku: ratings.perilaku ?? a.perilaku } },
      auditEntry(principal, 'appraisal.rate', {
        before: { hasilKerja: a.ratingHasilKerja, perilakuKerja: a.ratingPerilakuKerja },
        after: { hasilKerja: ratings.hasilKerja, perilakuKerja: ratings.perilakuKerja },
      }),
    );
  }
}
