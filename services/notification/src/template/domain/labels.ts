import {
  BERAKHLAK_LABELS,
  LANGUAGES,
  PERIOD_KIND_LABELS,
  PREDIKAT_LABELS,
  RATING_LABELS,
  RATING_PHRASES,
  TALENT_LEVEL_LABELS,
  WAITING_KIND_LABELS,
  type Language,
} from '@jenjang/contracts';

// The names people read come from one place, @jenjang/contracts; re-exported for the filters.
export type { Language };
export { LANGUAGES };
export {
  BERAKHLAK_LABELS,
  PERIOD_KIND_LABELS,
  PREDIKAT_LABELS,
  RATING_LABELS,
  RATING_PHRASES,
  TALENT_LEVEL_LABELS as LEVEL_LABELS,
  WAITING_KIND_LABELS,
};
