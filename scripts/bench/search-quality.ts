/**
 * Search quality at the benchmark's size: the public query set (tests/search/queries.yaml) through
 * the search page over the benchmark's site, beside plain Pagefind over the same pages. Only the
 * real site's pages count (the queries' expected pages are real); the synthetic ones are word salad
 * drawn from the site's own words, with titles made of them, and push in between. Counted twice:
 * - among the first ten results, as a reader sees them;
 * - among the first fifty, which tells whether the index still finds the real pages and orders them
 *   as it does on the real site, apart from the synthetic pages in between;
 * and once more over the real pages alone, with the index of all the pages (real-pages-only.ts):
 * the whole ranking of the real pages, not only the part of it above the fiftieth result.
 */
import { loadQueries, score, subsetOf, summarise, SUBSETS, type QueryScore } from '../lib/search-eval.ts';
import { searchPageRanking } from '../lib/search-page-ranking.ts';
import { buildPlainIndex, openPlainSearch, plainRanking } from '../lib/plain-pagefind.ts';
import { withSiteInBrowser } from './site-browser.ts';
import { rmSync } from 'node:fs';
import { DEEP, type QualityFigures, type SubsetQuality } from './quality-figures.ts';
import { REAL_ONLY, withRealPagesMarked } from './real-pages-only.ts';

/** Measures the query set on the built site in `dist`, not counting the pages at `synthetic` paths. */
export async function measureSearchQuality(dist: string, synthetic: ReadonlySet<string>): Promise<QualityFigures> {
  const queries = loadQueries();
  const real = (paths: string[]) => paths.filter((path) => !synthetic.has(path));
  const plainDir = await buildPlainIndex(dist);
  const scores = { site10: [] as QueryScore[], siteDeep: [] as QueryScore[], plain10: [] as QueryScore[], plainDeep: [] as QueryScore[], alone: [] as QueryScore[] };
  try {
    await withSiteInBrowser(dist, async (browser, url) => {
      const page = await browser.newPage();
      const plainPage = await openPlainSearch(browser, plainDir, `${url}/sok/`);
      for (const query of queries) {
        const site = await searchPageRanking(page, url, query.q, DEEP);
        scores.site10.push(score(query, real(site.slice(0, 10))));
        scores.siteDeep.push(score(query, real(site.slice(0, DEEP))));
        const plain = await plainRanking(plainPage, query.q, DEEP);
        scores.plain10.push(score(query, real(plain.slice(0, 10))));
        scores.plainDeep.push(score(query, real(plain)));
      }
    });
  } finally {
    rmSync(plainDir, { recursive: true, force: true });
  }
  await withRealPagesMarked(dist, synthetic, (copy) =>
    withSiteInBrowser(copy, async (browser, url) => {
      const page = await browser.newPage();
      for (const query of queries) scores.alone.push(score(query, await searchPageRanking(page, url, query.q, 10, { [REAL_ONLY.filter]: REAL_ONLY.value })));
    }),
  );
  const perSubset = (list: QueryScore[]): SubsetQuality[] =>
    SUBSETS.map((subset) => {
      const part = list.filter((_, i) => subsetOf(queries[i]!) === subset);
      return { subset, queries: part.length, first10: summarise(part) };
    });
  return {
    queries: queries.length,
    site: { first10: summarise(scores.site10), deep: summarise(scores.siteDeep) },
    plain: { first10: summarise(scores.plain10), deep: summarise(scores.plainDeep) },
    subsets: perSubset(scores.site10),
    alone: { first10: summarise(scores.alone), subsets: perSubset(scores.alone) },
  };
}
