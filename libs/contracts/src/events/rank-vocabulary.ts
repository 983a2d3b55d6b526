import { type Static } from '@sinclair/typebox';
import { stringEnum } from './evaluation-vocabulary';

// The public vocabulary of rank and promotion (DOMAIN.md §6: PP 11/2017 as amended by PP 17/2020).

/** Pangkat/golongan ruang of a PNS, I/a (Juru Muda) … IV/e (Pembina Utama): 17 steps. */
export const GOLONGAN_CODES = [
  'I/a',
  'I/b',
  'I/c',
  'I/d',
  'II/a',
  'II/b',
  'II/c',
  'II/d',
  'III/a',
  'III/b',
  'III/c',
  'III/d',
  'IV/a',
  'IV/b',
  'IV/c',
  'IV/d',
  'IV/e',
] as const;
export const GolonganRuang = stringEnum(GOLONGAN_CODES, {
  description: 'Pangkat/golongan ruang, I/a (Juru Muda) to IV/e (Pembina Utama)',
});
export type GolonganRuang = Static<typeof GolonganRuang>;

/**
 * Kind of kenaikan pangkat: REGULER (pelaksana and people in no post), PILIHAN_STRUKTURAL (a JPT,
 * administrator or pengawas post), PILIHAN_FUNGSIONAL (a functional post: angka kredit counts).
 */
export const PROMOTION_KINDS = ['REGULER', 'PILIHAN_STRUKTURAL', 'PILIHAN_FUNGSIONAL'] as const;
export const PromotionKind = stringEnum(PROMOTION_KINDS, {
  description:
    'REGULER (pelaksana or no post), PILIHAN_STRUKTURAL (JPT, administrator or pengawas post) ' +
    'or PILIHAN_FUNGSIONAL (functional post; angka kredit counts)',
});
export type PromotionKind = Static<typeof PromotionKind>;
