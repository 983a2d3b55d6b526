import { DomainError, type BilingualText, type FieldError } from '@jenjang/domain-kernel';

// Post-training evaluation (DOMAIN §8): Kirkpatrick level 1 (reaction, with an optional level-2
// self-rating) asked of the participant at completion; level 3 (behaviour at work) asked of the
// participant and their superior after the agency's delay. One survey per enrollment, level and
// respondent; every answer is a new version, never an overwrite. Pure.

export type SurveyLevel = 1 | 3;
export type RespondentRole = 'PARTICIPANT' | 'SUPERIOR';
/** SCHEDULED: the level-3 follow-up not yet due; OPEN: asked; ANSWERED: at least one version. */
export type SurveyStatus = 'SCHEDULED' | 'OPEN' | 'ANSWERED';

export interface SurveyQuestion {
  /** Stable code, e.g. `APPLIED_AT_WORK`; answers and reports refer to it. */
  code: string;
  text: BilingualText;
}

/** The agency's survey settings (agency data; these are the defaults). */
export interface SurveySettingsValues {
  /** Weeks from completion to the level-3 follow-up. */
  followUpWeeks: number;
  /** Days given to answer; also the days between reminders. */
  answerDays: number;
  /** Reminders sent while a survey stays unanswered. */
  maxReminders: number;
  /** The level-3 questions, answered 1 (no effect) .. 5 (strong effect). */
  level3Questions: SurveyQuestion[];
}

export const DEFAULT_LEVEL3_QUESTIONS: SurveyQuestion[] = [
  {
    code: 'APPLIED_AT_WORK',
    text: {
      id: 'Apa yang dipelajari dalam pelatihan sudah diterapkan dalam pekerjaan sehari-hari.',
      en: 'What was learnt in the training is applied in the daily work.',
    },
  },
  {
    code: 'WORK_IMPROVED',
    text: {
      id: 'Hasil kerja membaik sejak mengikuti pelatihan.',
      en: 'The work results have improved since the training.',
    },
  },
  {
    code: 'SUPPORT_AT_WORK',
    text: {
      id: 'Unit kerja memberi kesempatan dan dukungan untuk menerapkan hasil pelatihan.',
      en: 'The unit gives the opportunity and support to apply the training.',
    },
  },
];

export const DEFAULT_SURVEY_SETTINGS: SurveySettingsValues = {
  followUpWeeks: 12,
  answerDays: 14,
  maxReminders: 2,
  level3Questions: DEFAULT_LEVEL3_QUESTIONS,
};

export const SURVEY_LIMITS = {
  followUpWeeks: [1, 104],
  answerDays: [1, 90],
  maxReminders: [0, 5],
  questions: [1, 20],
} as const;

export const QUESTION_CODE = /^[A-Z][A-Z0-9_]{1,39}$/;

const DAY_MS = 86_400_000;
const WIB_MS = 7 * 3600_000;
const dayOf = (at: Date) => new Date(at.getTime() + WIB_MS).toISOString().slice(0, 10);

/** When the level-3 follow-up is due: the delay after completion. */
export function followUpAt(
  completedAt: Date,
  s: Pick<SurveySettingsValues, 'followUpWeeks'>,
): Date {
  return new Date(completedAt.getTime() + s.followUpWeeks * 7 * DAY_MS);
}

/** The day (Asia/Jakarta) the answer is asked for, counted from when the survey is opened. */
export function answerBy(openedAt: Date, s: Pick<SurveySettingsValues, 'answerDays'>): string {
  return dayOf(new Date(openedAt.getTime() + s.answerDays * DAY_MS));
}

/**
 * When the sweep next acts on an open, unanswered survey after a request was sent at `sentAt`:
 * a reminder every `answerDays` while fewer than `maxReminders` were sent; then never (null).
 */
export function nextReminderAt(
  sentAt: Date,
  remindersSent: number,
  s: Pick<SurveySettingsValues, 'answerDays' | 'maxReminders'>,
): Date | null {
  if (remindersSent >= s.maxReminders) return null;
  return new Date(sentAt.getTime() + s.answerDays * DAY_MS);
}

export interface SurveyState {
  status: SurveyStatus;
  dueAt: Date | null;
  /** Requests sent: 1 = the first ask; each reminder adds one. */
  requestsSent: number;
}

export type SweepStep = { kind: 'OPEN_FOLLOW_UP' } | { kind: 'REMIND'; reminder: number } | null;

/** What the sweep does with a survey at `now` (null: nothing is due). */
export function dueStep(survey: SurveyState, now: Date): SweepStep {
  if (survey.dueAt === null || survey.dueAt.getTime() > now.getTime()) return null;
  if (survey.status === 'SCHEDULED') return { kind: 'OPEN_FOLLOW_UP' };
  if (survey.status === 'OPEN') return { kind: 'REMIND', reminder: survey.requestsSent };
  return null;
}

export interface AnswerInput {
  relevance?: number | null;
  satisfaction?: number | null;
  wouldRecommend?: boolean | null;
  /** Level 2 self-rating of what was learnt, optional. */
  learning?: number | null;
  ratings?: { questionCode: string; value: number }[];
  comment?: string | null;
}

export interface SurveyResponse {
  version: number;
  at: Date;
  relevance: number | null;
  satisfaction: number | null;
  wouldRecommend: boolean | null;
  learning: number | null;
  ratings: { questionCode: string; value: number }[];
  comment: string | null;
}

export class InvalidSurveyAnswerError extends DomainError {
  readonly code = 'SURVEY_ANSWER_INVALID';
  override readonly fieldErrors: readonly FieldError[];
  constructor(errors: FieldError[]) {
    super(
      {
        en: `The answer is incomplete or out of range: ${errors.map((e) => e.message.en).join(' ')}`,
        id: `Jawaban belum lengkap atau di luar rentang: ${errors.map((e) => e.message.id).join(' ')}`,
      },
      { status: 422, field: errors[0]?.field },
    );
    this.fieldErrors = errors;
  }
}

export class InvalidSurveySettingsError extends DomainError {
  readonly code = 'SURVEY_SETTINGS_INVALID';
  override readonly fieldErrors: readonly FieldError[];
  constructor(errors: FieldError[]) {
    super(
      {
        en: `The survey settings break ${errors.length} rule(s): ${errors.map((e) => e.message.en).join(' ')}`,
        id: `Pengaturan survei melanggar ${errors.length} aturan: ${errors.map((e) => e.message.id).join(' ')}`,
      },
      { status: 422, field: errors[0]?.field },
    );
    this.fieldErrors = errors;
  }
}

export class SurveyNotOpenError extends DomainError {
  readonly code = 'SURVEY_NOT_OPEN';
  constructor(opensOn: string) {
    super(
      {
        en: `This follow-up survey opens on ${opensOn}; it cannot be answered before.`,
        id: `Survei lanjutan ini dibuka pada ${opensOn}; belum dapat dijawab sebelumnya.`,
      },
      { status: 409, field: 'status' },
    );
  }
}

const isScore = (v: unknown) => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 5;
const need = (field: string, en: string, id: string): FieldError => ({
  field,
  message: { en, id },
});

/** The fields at fault in an answer to a survey of `level` with the agency's `questions`. */
export function answerErrors(
  level: SurveyLevel,
  questions: readonly SurveyQuestion[],
  a: AnswerInput,
): FieldError[] {
  const errors: FieldError[] = [];
  if (level === 1) {
    for (const f of ['relevance', 'satisfaction'] as const) {
      if (!isScore(a[f])) errors.push(need(f, `${f} must be 1 to 5.`, `${f} harus 1 sampai 5.`));
    }
    if (typeof a.wouldRecommend !== 'boolean') {
      errors.push(
        need(
          'wouldRecommend',
          'wouldRecommend must be true or false.',
          'wouldRecommend harus true atau false.',
        ),
      );
    }
    if (a.learning != null && !isScore(a.learning)) {
      errors.push(need('learning', 'learning must be 1 to 5.', 'learning harus 1 sampai 5.'));
    }
    if ((a.ratings ?? []).length > 0) {
      errors.push(
        need(
          'ratings',
          'Ratings belong to the level-3 follow-up.',
          'Penilaian dampak hanya untuk survei lanjutan (level 3).',
        ),
      );
    }
    return errors;
  }
  const given = new Map((a.ratings ?? []).map((r) => [r.questionCode, r.value]));
  for (const q of questions) {
    if (!isScore(given.get(q.code))) {
      errors.push(
        need(
          `ratings.${q.code}`,
          `Question ${q.code} needs an answer from 1 to 5.`,
          `Pertanyaan ${q.code} perlu dijawab 1 sampai 5.`,
        ),
      );
    }
  }
  for (const code of given.keys()) {
    if (!questions.some((q) => q.code === code)) {
      errors.push(
        need(
          `ratings.${code}`,
          `Question ${code} is not in this survey.`,
          `Pertanyaan ${code} tidak ada dalam survei ini.`,
        ),
      );
    }
  }
  for (const f of ['relevance', 'satisfaction', 'wouldRecommend', 'learning'] as const) {
    if (a[f] != null) {
      errors.push(
        need(f, `${f} belongs to the level-1 survey.`, `${f} hanya untuk survei level 1.`),
      );
    }
  }
  return errors;
}

/** The next version of the answers: the earlier ones stay as they were. */
export function nextResponse(
  level: SurveyLevel,
  questions: readonly SurveyQuestion[],
  earlier: readonly SurveyResponse[],
  a: AnswerInput,
  at: Date,
): SurveyResponse {
  const errors = answerErrors(level, questions, a);
  if (errors.length > 0) throw new InvalidSurveyAnswerError(errors);
  const byCode = new Map((a.ratings ?? []).map((r) => [r.questionCode, r.value]));
  return {
    version: earlier.length + 1,
    at,
    relevance: level === 1 ? a.relevance! : null,
    satisfaction: level === 1 ? a.satisfaction! : null,
    wouldRecommend: level === 1 ? a.wouldRecommend! : null,
    learning: level === 1 ? (a.learning ?? null) : null,
    ratings:
      level === 3
        ? questions.map((q) => ({ questionCode: q.code, value: byCode.get(q.code)! }))
        : [],
    comment: a.comment?.trim() ? a.comment.trim() : null,
  };
}

/** The answer in force: the latest version. */
export const currentResponse = (responses: readonly SurveyResponse[]): SurveyResponse | null =>
  responses.at(-1) ?? null;

/** The settings' fields at fault. */
export function settingsErrors(s: SurveySettingsValues): FieldError[] {
  const errors: FieldError[] = [];
  for (const f of ['followUpWeeks', 'answerDays', 'maxReminders'] as const) {
    const [min, max] = SURVEY_LIMITS[f];
    if (!Number.isInteger(s[f]) || s[f] < min || s[f] > max) {
      errors.push(
        need(
          f,
          `${f} must be a whole number from ${min} to ${max}.`,
          `${f} harus bilangan bulat ${min} sampai ${max}.`,
        ),
      );
    }
  }
  const [qMin, qMax] = SURVEY_LIMITS.questions;
  if (s.level3Questions.length < qMin || s.level3Questions.length > qMax) {
    errors.push(
      need(
        'level3Questions',
        `Give ${qMin} to ${qMax} questions.`,
        `Isi ${qMin} sampai ${qMax} pertanyaan.`,
      ),
    );
  }
  const codes = s.level3Questions.map((q) => q.code);
  codes.forEach((code, i) => {
    if (!QUESTION_CODE.test(code) || codes.indexOf(code) !== i) {
      errors.push(
        need(
          `level3Questions.${i}.code`,
          'A question code is UPPER_SNAKE_CASE and unique.',
          'Kode pertanyaan berupa HURUF_BESAR dan tidak boleh sama.',
        ),
      );
    }
  });
  return errors;
}
