/**
 * Text people read: Bahasa Indonesia first, English beside it. The one type for it on the
 * platform: `@jenjang/domain-kernel`, `@jenjang/auth` and every service re-use this one.
 */
export interface BilingualText {
  /** Bahasa Indonesia: the text shown by default. */
  readonly id: string;
  /** English rendering of the same text. */
  readonly en: string;
}

export type Language = keyof BilingualText;
export const LANGUAGES = ['id', 'en'] as const satisfies readonly Language[];
