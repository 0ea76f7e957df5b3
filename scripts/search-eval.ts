/**
 * `npm run search:eval [-- dist-folder [query-file]]`: the search quality report without the test
 * suite. Serves a built site, runs every query in the query set through the real search page in
 * Chromium and prints recall@5 and MRR, with the queries that miss. Use it while tuning the
 * search; `npm test` runs the same measure (tests/browser/search-quality.spec.ts) with its floors.
 */
import { fileURLToPath } from 'node:url';
import { loadQueries, score, subsetOf, summarise, SUBSETS, type QueryScore } from './lib/search-eval.ts';
import { withSiteInBrowser } from './bench/site-browser.ts';

const dist = process.argv[2] ?? fileURLToPath(new URL('../dist', import.meta.url));
const queries = loadQueries(process.argv[3]);
await withSiteInBrowser(dist, async (browser, url) => {
  const page = await browser.newPage();
  const scores: QueryScore[] = [];
  for (const query of queries) {
    await page.goto(`${url}/sok/?q=${encodeURIComponent(query.q)}`);
    await page.getByRole('status').filter({ hasText: 'treff' }).waitFor({ timeout: 30_000 });
    const paths = await page.locator('#search-results li h2 a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    scores.push(score(query, paths));
  }
  const { recallAt5, mrr } = summarise(scores);
  for (const s of scores.filter((x) => x.recall < 1 || x.reciprocalRank < 1)) {
    console.log(`  ${s.q}: recall ${s.recall.toFixed(2)}, RR ${s.reciprocalRank.toFixed(2)} → ${s.top.join(' ')}`);
  }
  for (const subset of SUBSETS) {
    const part = scores.filter((_, i) => subsetOf(queries[i]!) === subset);
    const sum = summarise(part);
    console.log(`${subset} (${part.length}): recall@5 ${sum.recallAt5.toFixed(3)}, MRR ${sum.mrr.toFixed(3)}`);
  }
  console.log(`${queries.length} spørringer: recall@5 ${recallAt5.toFixed(3)}, MRR ${mrr.toFixed(3)}`);
});
