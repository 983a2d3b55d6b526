import type { BilingualText } from '@jenjang/contracts';
import type { Box } from './nine-box';

export type { BilingualText };

// The recommended action per box, PermenPANRB 3/2020 (DOMAIN.md §4). Bahasa Indonesia first.
export const RECOMMENDED_ACTIONS: Record<Box, BilingualText> = {
  9: {
    id: 'Promosi dan pertahankan; masuk Kelompok Rencana Suksesi (KRS); berikan penghargaan',
    en: 'Promote and retain; enter the succession pool (KRS); recognition',
  },
  8: {
    id: 'Pertahankan; masuk KRS; rotasi atau perluasan jabatan; coaching kinerja',
    en: 'Retain; enter the succession pool (KRS); rotation or job enlargement; performance coaching',
  },
  7: {
    id: 'Pertahankan; masuk KRS; rotasi atau pengayaan jabatan; pengembangan kompetensi; tugas belajar',
    en: 'Retain; enter the succession pool (KRS); rotation or job enrichment; competency development; study assignment',
  },
  6: {
    id: 'Penempatan yang sesuai; coaching kinerja dan konseling',
    en: 'Suitable placement; performance coaching and counselling',
  },
  5: {
    id: 'Penempatan yang sesuai; coaching kinerja; pengembangan kompetensi',
    en: 'Suitable placement; performance coaching; competency development',
  },
  4: {
    id: 'Rotasi; pengembangan kompetensi',
    en: 'Rotation; competency development',
  },
  3: {
    id: 'Coaching kinerja dan konseling; pengembangan kompetensi; penempatan yang sesuai',
    en: 'Performance coaching and counselling; competency development; suitable placement',
  },
  2: {
    id: 'Coaching kinerja; pengembangan kompetensi; penempatan yang sesuai',
    en: 'Performance coaching; competency development; suitable placement',
  },
  1: {
    id: 'Ditangani sesuai ketentuan peraturan disiplin pegawai',
    en: 'Handled under the disciplinary regulations',
  },
};

/** Boxes whose recommended action includes rotation (the rotation programme proposes for them). */
export const ROTATION_BOXES: readonly Box[] = [4, 7, 8];

/** Boxes that enter the succession pool by default (an agency may configure others). */
export const DEFAULT_SUCCESSION_BOXES: readonly Box[] = [7, 8, 9];
