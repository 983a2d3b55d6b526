import type { AppraisalFinalizedV1 } from '@jenjang/contracts';
import type { AgencyScope, OutboxEntry } from '@jenjang/persistence';
import { MemoryAggregates } from '@jenjang/testing';
import type { Program, Session } from '../../src/catalog/domain/program';
import type { ProgramRepository, SessionRepository } from '../../src/catalog/catalog.repository';
import type { PeopleRepository, Person } from '../../src/people/people.repository';
import type { AppraisalFacts, PersonDoc } from '../../src/people/people.schema';
import { appraisalFacts, unpublishedSet } from '../../src/recommendation/recommendation-input';
import type {
  RecommendationSet,
  RecommendationSetRepository,
} from '../../src/recommendation/recommendation.repository';
import type { RecommendationSetDoc } from '../../src/recommendation/recommendation.schema';

/** A set document as it opens: the service's own unpublished set, stored with an empty outbox. */
function openedDoc(
  o: Parameters<typeof unpublishedSet>[0],
  agencyId: string,
): RecommendationSetDoc {
  const { id, ...set } = unpublishedSet(o, agencyId);
  return { _id: id, ...set, outbox: [], outboxLease: null };
}

// In-memory stand-ins of training's stores for the service tests, each with its repository's
// contract (the integration tier runs the real ones on MongoDB).

type Opening = Parameters<RecommendationSetRepository['withAppraisal']>[1];

const toSet = ({
  _id,
  outbox: _o,
  outboxLease: _l,
  ...rest
}: RecommendationSetDoc): RecommendationSet => ({ id: _id, ...rest });

/**
 * Recommendation sets in memory with the repository's contract: a set is opened once per id, its
 * facts are set only while PENDING, it is published only from PENDING (one staged event), and
 * the reads answer published sets only.
 */
export class FakeRecommendationSets
  extends MemoryAggregates<RecommendationSetDoc, RecommendationSet>
  implements
    Pick<
      RecommendationSetRepository,
      | 'withAppraisal'
      | 'withAssessment'
      | 'publish'
      | 'publishWhole'
      | 'due'
      | 'byId'
      | 'list'
      | 'byItem'
      | 'decide'
      | 'byIds'
      | 'supersede'
      | 'withExpired'
    >
{
  constructor() {
    super(toSet);
  }

  private openWith(scope: AgencyScope, o: Opening, facts: Partial<RecommendationSetDoc>) {
    if (scope.kind !== 'agency') throw new Error('a set is opened in an agency');
    const doc: RecommendationSetDoc =
      this.docs.get(o._id) ?? openedDoc(structuredClone(o), scope.agencyId);
    if (doc.agencyId !== scope.agencyId) return Promise.resolve(null);
    if (doc.status === 'PENDING') Object.assign(doc, structuredClone(facts));
    this.docs.set(o._id, doc);
    return Promise.resolve(toSet(structuredClone(doc)));
  }

  withAppraisal(
    scope: AgencyScope,
    o: Opening,
    appraisal: RecommendationSetDoc['appraisal'],
    dueAt: Date,
  ) {
    return this.openWith(scope, o, { appraisal, dueAt });
  }

  withAssessment(scope: AgencyScope, o: Opening, assessment: RecommendationSetDoc['assessment']) {
    return this.openWith(scope, o, { assessment });
  }

  private mine(scope: AgencyScope, id: string) {
    const doc = this.docs.get(id);
    return doc && (scope.kind !== 'agency' || scope.agencyId === doc.agencyId) ? doc : undefined;
  }

  publish(
    scope: AgencyScope,
    id: string,
    set: Partial<RecommendationSetDoc>,
    event: OutboxEntry,
    only: { withoutAssessment?: boolean } = {},
  ): Promise<boolean> {
    const doc = this.mine(scope, id);
    if (doc?.status !== 'PENDING') return Promise.resolve(false);
    if (only.withoutAssessment && doc.assessment !== null) return Promise.resolve(false);
    Object.assign(doc, structuredClone(set), { status: 'PUBLISHED', dueAt: null });
    doc.outbox.push(event);
    this.events.push(event);
    return Promise.resolve(true);
  }

  publishWhole(
    scope: AgencyScope,
    o: Opening,
    set: Partial<RecommendationSetDoc>,
    event: OutboxEntry,
  ): Promise<boolean> {
    if (scope.kind !== 'agency') throw new Error('a set is published in an agency');
    if (this.docs.has(o._id)) return this.publish(scope, o._id, set, event);
    this.docs.set(o._id, openedDoc(structuredClone(o), scope.agencyId));
    return this.publish(scope, o._id, set, event);
  }

  due(now: Date, limit: number) {
    return Promise.resolve(
      [...this.docs.values()]
        .filter((d) => d.status === 'PENDING' && d.dueAt !== null && d.dueAt <= now)
        .sort((a, b) => a.dueAt!.getTime() - b.dueAt!.getTime())
        .slice(0, limit)
        .map((d) => toSet(structuredClone(d))),
    );
  }

  override byId(scope: AgencyScope, id: string) {
    const doc = this.mine(scope, id);
    return Promise.resolve(doc?.status === 'PUBLISHED' ? toSet(structuredClone(doc)) : null);
  }

  list(scope: AgencyScope, employeeId?: string) {
    return Promise.resolve(
      this.where(
        scope,
        (d) => d.status === 'PUBLISHED' && (!employeeId || d.employeeId === employeeId),
      ).sort((a, b) => b.recommendedAt!.getTime() - a.recommendedAt!.getTime()),
    );
  }

  byItem(scope: AgencyScope, recommendationId: string) {
    const [found] = this.where(scope, (d) =>
      d.items.some((i) => i.recommendationId === recommendationId),
    );
    return Promise.resolve(found ?? null);
  }

  decide(
    scope: AgencyScope,
    setId: string,
    items: RecommendationSetDoc['items'],
    expected: string,
    status: RecommendationSetDoc['items'][number]['status'],
  ) {
    const doc = this.mine(scope, setId);
    const open = doc?.items.some((i) => i.recommendationId === expected && i.status === 'OPEN');
    if (!doc || !open) return Promise.resolve(false);
    doc.items = structuredClone(items);
    return Promise.resolve(status !== 'OPEN');
  }

  byIds(scope: AgencyScope, ids: readonly string[]) {
    return Promise.resolve(
      ids.flatMap((id) => {
        const doc = this.mine(scope, id);
        return doc ? [toSet(structuredClone(doc))] : [];
      }),
    );
  }

  supersede(scope: AgencyScope, id: string) {
    const doc = this.mine(scope, id);
    if (doc?.status !== 'PENDING') return Promise.resolve(false);
    Object.assign(doc, { status: 'SUPERSEDED', dueAt: null });
    return Promise.resolve(true);
  }

  withExpired(now: Date, limit: number) {
    return Promise.resolve(
      [...this.docs.values()]
        .filter(
          (d) =>
            d.status === 'PUBLISHED' &&
            d.items.some((i) => i.status === 'OPEN' && i.expiresAt <= now),
        )
        .slice(0, limit)
        .map((d) => toSet(structuredClone(d))),
    );
  }

  /** The stored set, whatever its status (the repository's reads answer published ones only). */
  stored(id: string): RecommendationSetDoc | undefined {
    return structuredClone(this.docs.get(id));
  }
}

const toPerson = ({ _id, ...rest }: PersonDoc): Person => ({ employeeId: _id, ...rest });

/** What training knows of people, with the repository's contract: one record per appraisal. */
export class FakePeople
  extends MemoryAggregates<PersonDoc, Person>
  implements Pick<PeopleRepository, 'byId' | 'recordAppraisal' | 'recordAssessment'>
{
  constructor() {
    super(toPerson);
  }

  private record(scope: AgencyScope, employeeId: string, set: Partial<PersonDoc>) {
    if (scope.kind !== 'agency') throw new Error('a person is recorded in an agency');
    const doc: PersonDoc = this.docs.get(employeeId) ?? {
      _id: employeeId,
      agencyId: scope.agencyId,
      unitId: '',
      positionName: null,
      superiorId: null,
      targetPositionName: null,
      targetPositionGroup: null,
      appraisals: [],
      updatedAt: new Date(),
    };
    Object.assign(doc, structuredClone(set), { updatedAt: new Date() });
    this.docs.set(employeeId, doc);
    return doc;
  }

  recordAppraisal(
    scope: AgencyScope,
    employeeId: string,
    place: { unitId: string; positionName: string; superiorId: string },
    facts: PersonDoc['appraisals'][number],
  ) {
    const doc = this.record(scope, employeeId, place);
    if (!doc.appraisals.some((a) => a.appraisalId === facts.appraisalId)) {
      doc.appraisals.push(structuredClone(facts));
    }
    return Promise.resolve(toPerson(structuredClone(doc)));
  }

  recordAssessment(
    scope: AgencyScope,
    employeeId: string,
    place: Parameters<PeopleRepository['recordAssessment']>[2],
  ) {
    return Promise.resolve(toPerson(structuredClone(this.record(scope, employeeId, place))));
  }
}

/** The open catalog: the programs open to an agency and their sessions after a moment. */
export function fakeCatalog(
  programs: Program[],
  sessions: Session[],
): [Pick<ProgramRepository, 'listOpenTo'>, Pick<SessionRepository, 'ofPrograms'>] {
  return [
    {
      listOpenTo: (agencyId) =>
        Promise.resolve(
          programs.filter(
            (p) => p.active && (p.agencyId === agencyId || p.availability === 'PROVINCE'),
          ),
        ),
    },
    {
      ofPrograms: (ids, from) =>
        Promise.resolve(
          sessions
            .filter((s) => ids.includes(s.programId) && (!from || s.startsAt > from))
            .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime()),
        ),
    },
  ];
}

/** The person record the appraisal's handler keeps of it. */
export const recordOf = (a: AppraisalFinalizedV1, eventId: string): AppraisalFacts => ({
  appraisalId: a.appraisalId,
  eventId,
  correctionOf: a.correctionOf,
  periodKind: a.period.kind,
  year: a.period.year,
  endDate: a.period.endDate,
  ratingHasilKerja: a.ratingHasilKerja,
  ratingPerilakuKerja: a.ratingPerilakuKerja,
  predikat: a.predikat,
  weakValues: appraisalFacts(a).weakValues,
  positionName: a.position.name,
  finalizedAt: new Date(a.finalizedAt),
  unitId: a.unitId,
  positionGroup: a.position.group,
});
