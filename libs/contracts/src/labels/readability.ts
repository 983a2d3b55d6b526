import { CAREER_MOVES, TALENT_LEVELS } from '../events/career-vocabulary';
import { NOTIFICATION_CHANNELS } from '../events/notification-vocabulary';
import {
  BERAKHLAK_VALUES,
  PERIOD_KINDS,
  POSITION_GROUPS,
  PREDIKAT,
  RATINGS,
} from '../events/evaluation-vocabulary';
import { TRAINING_FORMS } from '../events/training-vocabulary';
import { ORGANISATION_PREDIKAT } from './labels';

// A check for texts people read (notices, reasons, error messages): no enum code and no ISO date.
// Tests run every template and reason text through it with sample data.

/** One-word codes of the vocabularies and states, which the SNAKE_CASE pattern cannot see. */
const ONE_WORD_CODES = new Set<string>(
  [
    ...PERIOD_KINDS,
    ...POSITION_GROUPS,
    ...PREDIKAT,
    ...RATINGS,
    ...BERAKHLAK_VALUES,
    ...TALENT_LEVELS,
    ...CAREER_MOVES,
    ...NOTIFICATION_CHANNELS,
    ...TRAINING_FORMS,
    ...ORGANISATION_PREDIKAT,
    // states of appraisals, SKPs and enrollments
    ...['DRAFT', 'DIAJUKAN', 'DISETUJUI', 'DIKEMBALIKAN', 'DINILAI', 'KEBERATAN', 'FINAL'],
    ...['PENDING', 'APPROVED', 'REJECTED', 'ENROLLED', 'COMPLETED', 'CANCELLED', 'UPHELD', 'NONE'],
  ].filter((c) => !c.includes('_') && c !== 'JPT'),
);

const SNAKE_CODE = /\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b/;
const ISO_DATE = /\b\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?/;

/** The first fragment a person should not read (an enum code or an ISO date), or null. */
export function unreadableFragment(text: string): string | null {
  const snake = SNAKE_CODE.exec(text);
  if (snake) return snake[0];
  const iso = ISO_DATE.exec(text);
  if (iso) return iso[0];
  for (const word of text.match(/\b[A-Z]{3,}\b/g) ?? []) {
    if (ONE_WORD_CODES.has(word)) return word;
  }
  return null;
}
