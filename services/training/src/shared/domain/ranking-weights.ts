/** How much each consideration counts in the ranking; configuration, not code (RANKING_WEIGHTS). */
export interface RankingWeights {
  /** A program that develops a needed competency to the level needed. */
  need: number;
  /** Same, but only to a lower level than needed. */
  partialLevel: number;
  /** Extra for the most important need (rank 1), falling linearly to 0 for the last. */
  needRank: number;
  /** A program that addresses a BerAKHLAK value rated below expectation. */
  weakValue: number;
  /** A program that addresses weak hasil kerja (develops Orientasi pada Hasil). */
  weakHasilKerja: number;
  /** Coaching, counselling or mentoring for a weak predikat (they also lead the list). */
  remedialForm: number;
  /** A program for the target position (GAP_TARGET need) when the predikat is Sangat Baik. */
  development: number;
  /** A session starting within `openSoonDays`, scaled by how soon. */
  openSoon: number;
  openSoonDays: number;
  /** JP the program adds toward what is still missing this year, as a share of the minimum. */
  jpMissing: number;
}

export const DEFAULT_WEIGHTS: RankingWeights = {
  need: 10,
  partialLevel: 4,
  needRank: 4,
  weakValue: 6,
  weakHasilKerja: 4,
  remedialForm: 8,
  development: 6,
  openSoon: 3,
  openSoonDays: 90,
  jpMissing: 3,
};
