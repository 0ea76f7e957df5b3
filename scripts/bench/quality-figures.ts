/** The shape of the benchmark's search-quality figures (scripts/bench/search-quality.ts measures them, scripts/bench/report.ts writes them). */
import type { Subset } from '../lib/search-eval.ts';

/** How far down the deeper count looks. */
export const DEEP = 50;

export interface Quality {
  recallAt5: number;
  mrr: number;
}

export interface QualityFigures {
  queries: number;
  /** Among the first ten results, and among the first DEEP. */
  site: { first10: Quality; deep: Quality };
  plain: { first10: Quality; deep: Quality };
  /** The site's figures among the first ten, per subset (typos, questions, the rest). */
  subsets: SubsetQuality[];
  /**
   * The site searched over its real pages alone, with the index of all the pages
   * (scripts/bench/real-pages-only.ts): the first ten, in all and per subset.
   */
  alone: { first10: Quality; subsets: SubsetQuality[] };
}

export interface SubsetQuality {
  subset: Subset;
  queries: number;
  first10: Quality;
}

