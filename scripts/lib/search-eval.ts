/**
 * Search quality measures over a query set: recall@5 (the share of a query's expected pages found
 * in the first five results, capped at five) and MRR (the mean of 1/rank of the first expected
 * page). Pure functions, shared by the browser test and the report script.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export interface EvalQuery {
  q: string;
  /** Paths of the pages that should come first, best first. */
  expect: string[];
  /** Why the query is in the set: compound, nynorsk, abbreviation, natural question … */
  kind?: string;
}

export function loadQueries(path = 'tests/search/queries.yaml'): EvalQuery[] {
  return parse(readFileSync(path, 'utf8')) as EvalQuery[];
}

export interface QueryScore {
  q: string;
  recall: number;
  reciprocalRank: number;
  top: string[];
}

export function score(query: EvalQuery, ranked: string[]): QueryScore {
  const top5 = ranked.slice(0, 5);
  const wanted = Math.min(query.expect.length, 5);
  const found = query.expect.filter((p) => top5.includes(p)).length;
  const first = ranked.findIndex((p) => query.expect.includes(p));
  return { q: query.q, recall: found / wanted, reciprocalRank: first === -1 ? 0 : 1 / (first + 1), top: top5 };
}

/** The subsets the quality is reported for: typos, whole questions, and the rest. */
export type Subset = 'skrivefeil' | 'spørsmål' | 'resten';
export const SUBSETS: Subset[] = ['skrivefeil', 'spørsmål', 'resten'];

export function subsetOf(query: EvalQuery): Subset {
  const kind = query.kind ?? '';
  if (kind.startsWith('skrivefeil')) return 'skrivefeil';
  return kind.includes('spørsmål') ? 'spørsmål' : 'resten';
}

export function summarise(scores: QueryScore[]): { recallAt5: number; mrr: number } {
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(xs.length, 1);
  return { recallAt5: mean(scores.map((s) => s.recall)), mrr: mean(scores.map((s) => s.reciprocalRank)) };
}

/**
 * The floors `npm test` holds the site's search to on the query set (tests/browser/search-query-set.spec.ts);
 * the benchmark reports its large site against the same figures (scripts/bench/report.ts).
 */
export const QUALITY_FLOORS = { recallAt5: 0.95, mrr: 0.85, typosRecallAt5: 0.9, questionsRecallAt5: 0.9 } as const;
