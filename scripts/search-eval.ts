/**
 * `npm run search:eval [-- dist-folder [query-file]] [-- --plain]`: the search quality report
 * without the test suite. Serves a built site, runs every query in the query set through the real
 * search page in Chromium and prints recall@5 and MRR, with the queries that miss. Use it while
 * tuning the search; `npm test` runs the same measure (tests/browser/search-query-set.spec.ts) with
 * its floors. With --plain, plain Pagefind (default settings, built from the same pages into a
 * temporary folder) is measured beside it, as the test does: the way to tell on the benchmark's
 * 10 000 pages how much of a fall is the corpus and how much the search. With --among <dist>,
 * only those of the first ten results that are pages of that other build count (the real site's
 * pages among the benchmark's synthetic ones): whether the search still finds and orders the real
 * pages as on the real site, apart from the synthetic pages that push in between them. A real page
 * pushed below the first ten still counts as missed; with --depth <n> the search page's «Vis flere
 * treff» is pressed until n results are shown, so a real page pushed down by synthetic ones still
 * counts, and what is measured is whether the index finds the real pages and orders them as before.
 */
import { readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildPlainIndex, openPlainSearch, plainRanking } from './lib/plain-pagefind.ts';
import { loadQueries, score, subsetOf, summarise, SUBSETS, type QueryScore } from './lib/search-eval.ts';
import { withSiteInBrowser } from './bench/site-browser.ts';
import { searchPageRanking } from './lib/search-page-ranking.ts';

const { values, positionals } = parseArgs({ options: { plain: { type: 'boolean', default: false }, among: { type: 'string' }, depth: { type: 'string', default: '10' } }, allowPositionals: true });
const dist = positionals[0] ?? fileURLToPath(new URL('../dist', import.meta.url));
const queries = loadQueries(positionals[1]);
/** The pages of the build given with --among, as paths («/artikler/x/»); every path counts without it. */
const among = values.among
  ? new Set(
      (readdirSync(values.among, { recursive: true }) as string[])
        .filter((file) => file === 'index.html' || file.endsWith('/index.html'))
        .map((file) => `/${file.slice(0, -'index.html'.length)}`),
    )
  : undefined;
/** How many results to show before counting: more than the first page only with --among. */
const depth = among ? Math.max(10, Number(values.depth)) : 10;
const counted = (paths: string[]) => (among ? paths.filter((path) => among.has(path)) : paths);

const plainDir = values.plain ? await buildPlainIndex(dist) : undefined;
await withSiteInBrowser(dist, async (browser, url) => {
  const page = await browser.newPage();
  const plainPage = plainDir ? await openPlainSearch(browser, plainDir, `${url}/sok/`) : undefined;
  const scores: QueryScore[] = [];
  const plain: QueryScore[] = [];
  for (const query of queries) {
    const paths = await searchPageRanking(page, url, query.q, depth);
    scores.push(score(query, counted(paths)));
    if (plainPage) plain.push(score(query, counted(await plainRanking(plainPage, query.q, depth))));
  }
  const { recallAt5, mrr } = summarise(scores);
  for (const s of scores.filter((x) => x.recall < 1 || x.reciprocalRank < 1)) {
    console.log(`  ${s.q}: recall ${s.recall.toFixed(2)}, RR ${s.reciprocalRank.toFixed(2)} → ${s.top.join(' ')}`);
  }
  const beside = (list: QueryScore[]) => {
    if (list.length === 0) return '';
    const p = summarise(list);
    return `; vanlig Pagefind ${p.recallAt5.toFixed(3)} / ${p.mrr.toFixed(3)}`;
  };
  for (const subset of SUBSETS) {
    const keep = (_: QueryScore, i: number) => subsetOf(queries[i]!) === subset;
    const part = scores.filter(keep);
    const sum = summarise(part);
    console.log(`${subset} (${part.length}): recall@5 ${sum.recallAt5.toFixed(3)}, MRR ${sum.mrr.toFixed(3)}${beside(plain.filter(keep))}`);
  }
  console.log(`${queries.length} spørringer: recall@5 ${recallAt5.toFixed(3)}, MRR ${mrr.toFixed(3)}${beside(plain)}`);
});
if (plainDir) rmSync(plainDir, { recursive: true, force: true });
