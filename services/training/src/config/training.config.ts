import { z } from 'zod';
import { baseServiceEnv, type ConfigOf, defineConfig } from '@jenjang/config';
import { PNS_JP_MIN_PER_YEAR } from '@jenjang/contracts';
import { DEFAULT_WEIGHTS, type RankingWeights } from '../shared/domain/ranking-weights';

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const weights = z
  .string()
  .transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'must be JSON, e.g. {"need":10}' });
      return z.NEVER;
    }
  })
  .pipe(z.record(z.string(), z.number().min(0)))
  .transform((w): RankingWeights => ({ ...DEFAULT_WEIGHTS, ...w }))
  .optional()
  .transform((w) => w ?? DEFAULT_WEIGHTS);

// The only place this service's environment is described.
export const trainingConfig = defineConfig(
  baseServiceEnv({ serviceName: 'training', port: 3003 }).extend({
    // A finalized appraisal waits this long for the gaps assessed from it, then is recommended
    // from the appraisal alone.
    RECOMMENDATION_GRACE_MS: positiveInt(20_000),
    // Sets are published when their grace ends by a timer of the process that opened them; the
    // sweep (a query over the sets) finds what a restart left behind, and expires old items.
    RECOMMENDATION_SWEEP_MS: positiveInt(60_000),
    RECOMMENDATION_EXPIRY_DAYS: positiveInt(60),
    RECOMMENDATION_MAX_ITEMS: positiveInt(5),
    /** JSON overriding DEFAULT_WEIGHTS, e.g. {"need":12,"openSoonDays":60}. */
    RANKING_WEIGHTS: weights,
    /** Yearly JP minimum where the agency has not set one (PP 17/2020: 20). */
    // The platform default while an agency has saved none; never below the PNS floor of PP 17/2020.
    JP_MIN_PER_YEAR: z.coerce.number().int().min(PNS_JP_MIN_PER_YEAR).default(PNS_JP_MIN_PER_YEAR),
    /** Reminder rounds as MM-DD, in order: round 1, 2, … */
    JP_REMINDER_DATES: z
      .string()
      .regex(/^\d{2}-\d{2}(,\d{2}-\d{2})*$/, 'must be MM-DD,MM-DD')
      .default('10-01,12-01')
      .transform((s) => s.split(',')),
    JP_REMINDER_SWEEP_MS: positiveInt(3_600_000),
    /** How often the post-training survey follow-ups and reminders are looked for. */
    SURVEY_SWEEP_MS: positiveInt(600_000),
  }),
  'training',
);

export type TrainingConfig = ConfigOf<typeof trainingConfig>;
export const TRAINING_CONFIG = Symbol('TRAINING_CONFIG');
