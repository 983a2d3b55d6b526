// The platform's one bilingual text type lives beside the vocabularies in @jenjang/contracts.
export type { BilingualText } from '@jenjang/contracts';
