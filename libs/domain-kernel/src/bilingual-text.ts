/** Text people read: Bahasa Indonesia and English side by side. */
export interface BilingualText {
  readonly en: string;
  readonly id: string;
}
