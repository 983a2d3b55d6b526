import {
  answerBy,
  DEFAULT_SURVEY_SETTINGS,
  dueStep,
  followUpAt,
  InvalidSurveyAnswerError,
  nextReminderAt,
  nextResponse,
  settingsErrors,
} from './survey';
import { surveyResults, type SurveyPoint } from './survey-report';

const S = DEFAULT_SURVEY_SETTINGS;
const completed = new Date('2026-02-18T09:30:00Z');
const level1 = { relevance: 4, satisfaction: 5, wouldRecommend: true };

describe('survey due dates', () => {
  it('should schedule the follow-up 12 weeks after completion by default', () => {
    expect(followUpAt(completed, S).toISOString()).toBe('2026-05-13T09:30:00.000Z');
  });

  it('should follow the agency delay when it sets another one', () => {
    expect(followUpAt(completed, { followUpWeeks: 4 }).toISOString()).toBe(
      '2026-03-18T09:30:00.000Z',
    );
  });

  it('should ask for the answer by a Jakarta day after the answer days', () => {
    // 20:00 UTC is already the next day in Jakarta.
    expect(answerBy(new Date('2026-03-01T20:00:00Z'), { answerDays: 14 })).toBe('2026-03-16');
  });

  it('should remind every answer period and stop after the last reminder', () => {
    const sent = new Date('2026-03-01T00:00:00Z');
    const s = { answerDays: 7, maxReminders: 2 };
    expect(nextReminderAt(sent, 0, s)?.toISOString()).toBe('2026-03-08T00:00:00.000Z');
    expect(nextReminderAt(sent, 1, s)?.toISOString()).toBe('2026-03-08T00:00:00.000Z');
    expect(nextReminderAt(sent, 2, s)).toBeNull();
  });

  it('should open a scheduled follow-up only once it is due', () => {
    const survey = {
      status: 'SCHEDULED' as const,
      dueAt: followUpAt(completed, S),
      requestsSent: 0,
    };
    expect(dueStep(survey, new Date('2026-05-13T09:29:59Z'))).toBeNull();
    expect(dueStep(survey, new Date('2026-05-13T09:30:00Z'))).toEqual({ kind: 'OPEN_FOLLOW_UP' });
  });

  it('should number the reminder after the requests already sent', () => {
    const survey = { status: 'OPEN' as const, dueAt: completed, requestsSent: 2 };
    expect(dueStep(survey, completed)).toEqual({ kind: 'REMIND', reminder: 2 });
    expect(dueStep({ ...survey, status: 'ANSWERED' }, completed)).toBeNull();
    expect(dueStep({ ...survey, dueAt: null }, completed)).toBeNull();
  });
});

describe('survey answers', () => {
  it('should make a correction a new version and leave the earlier one as it was', () => {
    const first = nextResponse(1, [], [], { ...level1, comment: '  Bagus  ' }, completed);
    const earlier = [first];
    const second = nextResponse(1, [], earlier, { ...level1, relevance: 2 }, new Date());

    expect(first).toMatchObject({ version: 1, relevance: 4, comment: 'Bagus' });
    expect(second).toMatchObject({ version: 2, relevance: 2, comment: null });
    expect(earlier).toEqual([first]);
  });

  it('should refuse a level-1 answer without its scores, naming each field', () => {
    const error = (() => {
      try {
        nextResponse(1, [], [], { relevance: 7, learning: 0 }, completed);
      } catch (e) {
        return e as InvalidSurveyAnswerError;
      }
    })();
    expect(error).toBeInstanceOf(InvalidSurveyAnswerError);
    expect(error!.fieldErrors.map((f) => f.field)).toEqual([
      'relevance',
      'satisfaction',
      'wouldRecommend',
      'learning',
    ]);
  });

  it('should require every agency question at level 3 and nothing else', () => {
    const questions = S.level3Questions;
    const ratings = questions.map((q) => ({ questionCode: q.code, value: 4 }));
    expect(nextResponse(3, questions, [], { ratings }, completed).ratings).toEqual(ratings);
    expect(() =>
      nextResponse(3, questions, [], { ratings: ratings.slice(1), relevance: 3 }, completed),
    ).toThrow(InvalidSurveyAnswerError);
    expect(() =>
      nextResponse(
        3,
        questions,
        [],
        { ratings: [...ratings, { questionCode: 'OTHER', value: 3 }] },
        completed,
      ),
    ).toThrow(/OTHER/);
  });

  it('should refuse settings with duplicate question codes or a delay out of range', () => {
    const bad = {
      ...S,
      followUpWeeks: 0,
      level3Questions: [S.level3Questions[0], S.level3Questions[0]],
    };
    expect(settingsErrors(bad).map((e) => e.field)).toEqual([
      'followUpWeeks',
      'level3Questions.1.code',
    ]);
    expect(settingsErrors(S)).toEqual([]);
  });
});

describe('surveyResults', () => {
  const answer = (version: number, over: object = {}) => ({
    version,
    at: new Date(`2026-03-0${version}T00:00:00Z`),
    relevance: 4,
    satisfaction: 4,
    wouldRecommend: true,
    learning: null,
    ratings: [],
    comment: null,
    ...over,
  });

  it('should count response rates and score only the latest version of each answer', () => {
    const points: SurveyPoint[] = [
      {
        programId: 'p',
        level: 1,
        role: 'PARTICIPANT',
        status: 'ANSWERED',
        responses: [
          answer(1, { relevance: 1, comment: 'awal' }),
          answer(2, { relevance: 5, learning: 4, comment: 'Sangat berguna' }),
        ],
      },
      { programId: 'p', level: 1, role: 'PARTICIPANT', status: 'OPEN', responses: [] },
      { programId: 'p', level: 3, role: 'PARTICIPANT', status: 'SCHEDULED', responses: [] },
      {
        programId: 'p',
        level: 3,
        role: 'SUPERIOR',
        status: 'ANSWERED',
        responses: [
          answer(1, {
            relevance: null,
            satisfaction: null,
            wouldRecommend: null,
            ratings: [{ questionCode: 'WORK_IMPROVED', value: 3 }],
          }),
        ],
      },
    ];
    const r = surveyResults(points).get('p')!;

    expect(r.level1).toMatchObject({
      asked: 2,
      answered: 1,
      responseRate: 0.5,
      meanRelevance: 5,
      meanLearning: 4,
    });
    expect(r.level3.participant).toMatchObject({ asked: 0, scheduled: 1, responseRate: null });
    expect(r.level3.superior).toMatchObject({
      asked: 1,
      answered: 1,
      responseRate: 1,
      meanByQuestion: { WORK_IMPROVED: 3 },
    });
    expect(r.comments.map((c) => c.text)).toEqual(['Sangat berguna']);
  });
});
