import {
  currentResponse,
  type RespondentRole,
  type SurveyLevel,
  type SurveyResponse,
  type SurveyStatus,
} from './survey';

// Per programme: who was asked, who answered (the response rate), the scores of the answers in
// force (the latest version of each) and the comments, for the effectiveness report. Pure.

export interface SurveyPoint {
  programId: string;
  level: SurveyLevel;
  role: RespondentRole;
  status: SurveyStatus;
  responses: readonly SurveyResponse[];
}

export interface RateBlock {
  asked: number;
  answered: number;
  /** answered / asked, 0..1 with 2 decimals; null when nobody was asked yet. */
  responseRate: number | null;
}

export interface ProgramSurveyResults {
  level1: RateBlock & {
    meanRelevance: number | null;
    meanSatisfaction: number | null;
    wouldRecommendShare: number | null;
    /** Level 2 self-rating, from those who gave it. */
    meanLearning: number | null;
  };
  level3: Record<
    'participant' | 'superior',
    RateBlock & { scheduled: number; meanByQuestion: Record<string, number> }
  >;
  /** The comments in force, newest first, without who wrote them. */
  comments: { level: SurveyLevel; role: RespondentRole; text: string; at: Date }[];
}

const mean = (xs: readonly number[]) =>
  xs.length === 0 ? null : Math.round((xs.reduce((s, x) => s + x, 0) / xs.length) * 100) / 100;
const rate = (answered: number, asked: number) =>
  asked === 0 ? null : Math.round((answered / asked) * 100) / 100;

function level3Block(points: readonly SurveyPoint[]) {
  const asked = points.filter((p) => p.status !== 'SCHEDULED');
  const answers = asked.flatMap((p) => {
    const r = currentResponse(p.responses);
    return r ? [r] : [];
  });
  const byQuestion = new Map<string, number[]>();
  for (const r of answers) {
    for (const x of r.ratings)
      byQuestion.set(x.questionCode, [...(byQuestion.get(x.questionCode) ?? []), x.value]);
  }
  return {
    asked: asked.length,
    answered: answers.length,
    responseRate: rate(answers.length, asked.length),
    scheduled: points.length - asked.length,
    meanByQuestion: Object.fromEntries([...byQuestion].sort().map(([code, v]) => [code, mean(v)!])),
  };
}

/** The survey results of each programme, keyed by programme id. */
export function surveyResults(points: readonly SurveyPoint[]): Map<string, ProgramSurveyResults> {
  const groups = new Map<string, SurveyPoint[]>();
  for (const p of points) groups.set(p.programId, [...(groups.get(p.programId) ?? []), p]);
  const out = new Map<string, ProgramSurveyResults>();
  for (const [programId, list] of groups) {
    const l1 = list.filter((p) => p.level === 1);
    const l1Answers = l1.flatMap((p) => {
      const r = currentResponse(p.responses);
      return r ? [r] : [];
    });
    const comments = list
      .flatMap((p) => {
        const r = currentResponse(p.responses);
        return r?.comment ? [{ level: p.level, role: p.role, text: r.comment, at: r.at }] : [];
      })
      .sort((a, b) => b.at.getTime() - a.at.getTime());
    out.set(programId, {
      level1: {
        asked: l1.length,
        answered: l1Answers.length,
        responseRate: rate(l1Answers.length, l1.length),
        meanRelevance: mean(l1Answers.map((r) => r.relevance!)),
        meanSatisfaction: mean(l1Answers.map((r) => r.satisfaction!)),
        wouldRecommendShare: mean(l1Answers.map((r) => (r.wouldRecommend ? 1 : 0))),
        meanLearning: mean(l1Answers.flatMap((r) => (r.learning === null ? [] : [r.learning]))),
      },
      level3: {
        participant: level3Block(list.filter((p) => p.level === 3 && p.role === 'PARTICIPANT')),
        superior: level3Block(list.filter((p) => p.level === 3 && p.role === 'SUPERIOR')),
      },
      comments,
    });
  }
  return out;
}
