import { trainingSurveyAnsweredV1, trainingSurveyRequestedV1 } from '@jenjang/contracts';
import { sourceOf, stageEvent } from '@jenjang/messaging';
import type { OutboxEntry } from '@jenjang/persistence';
import { deterministicId } from '../shared/domain/ids';
import type { SurveyResponse } from './domain/survey';
import type { Survey } from './survey.repository';

const SOURCE = sourceOf('training');

type Requested = Pick<
  Survey,
  | 'id'
  | 'agencyId'
  | 'enrollmentId'
  | 'programId'
  | 'programTitle'
  | 'employeeId'
  | 'respondentId'
  | 'role'
  | 'level'
  | 'completedAt'
>;

/** The n-th request of a survey (1 = the first ask): once per survey and number. */
export function surveyRequested(s: Requested, n: number, answerBy: string, at: Date): OutboxEntry {
  const kind = n > 1 ? 'REMINDER' : s.level === 1 ? 'INVITATION' : 'FOLLOW_UP';
  return stageEvent(
    trainingSurveyRequestedV1,
    {
      id: deterministicId('survey-requested', s.id, String(n)),
      time: at,
      data: {
        requestId: deterministicId('survey-requested', s.id, String(n)),
        surveyId: s.id,
        kind,
        level: s.level,
        employeeId: s.employeeId,
        respondentId: s.respondentId,
        respondentRole: s.role,
        agencyId: s.agencyId,
        enrollmentId: s.enrollmentId,
        programId: s.programId,
        programTitle: s.programTitle,
        completedAt: s.completedAt.toISOString(),
        answerBy,
        reminder: n - 1,
        link: `/api/v1/training-surveys/${s.id}`,
      },
    },
    SOURCE,
  );
}

/** One version of an answer, scores only: the comment stays in training. */
export function surveyAnswered(s: Survey, r: SurveyResponse): OutboxEntry {
  const id = deterministicId('survey-answered', s.id, String(r.version));
  return stageEvent(
    trainingSurveyAnsweredV1,
    {
      id,
      time: r.at,
      data: {
        answerId: id,
        surveyId: s.id,
        version: r.version,
        level: s.level,
        employeeId: s.employeeId,
        respondentRole: s.role,
        agencyId: s.agencyId,
        unitId: s.unitId,
        enrollmentId: s.enrollmentId,
        programId: s.programId,
        relevance: r.relevance,
        satisfaction: r.satisfaction,
        wouldRecommend: r.wouldRecommend,
        learning: r.learning,
        ratings: r.ratings,
        answeredAt: r.at.toISOString(),
      },
    },
    SOURCE,
  );
}
