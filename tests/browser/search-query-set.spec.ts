/**
 * The public query set (tests/search/queries.yaml) through the real search page, searched once
 * per worker, and two things a reader would notice checked on what the page showed:
 *
 * - Search quality, beside plain Pagefind (default settings, index split by language, no extra
 *   words) built from the same dist/, for the whole set and for its subsets (typos, whole
 *   questions, the rest). Floors for the site's search (QUALITY_FLOORS in
 *   scripts/lib/search-eval.ts): recall@5 ≥ 0.95 and MRR ≥ 0.85 overall, recall@5 ≥ 0.9 on the
 *   typos and on the whole questions. The report is written to test-results/search-eval.md.
 * - What a reader is shown must be on the page they go to: the excerpt of each of the first five
 *   results occurs in the linked page's visible text. The extra words pages are found by
 *   (abbreviations, compound parts, topic synonyms, editors' search terms) must never be shown as
 *   if the page said them.
 *
 * The two were separate files that each searched the whole set, which took about five minutes
 * each on two shared cores; one search per query is what both need.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { buildPlainIndex, openPlainSearch, plainRanking } from '../../scripts/lib/plain-pagefind.ts';
import { loadQueries, QUALITY_FLOORS, score, subsetOf, summarise, SUBSETS, type QueryScore } from '../../scripts/lib/search-eval.ts';

const queries = loadQueries();

/** What the search page showed for one query. */
interface Shown {
  /** The results' paths, in order. */
  paths: string[];
  /** The first five results' links and excerpts. */
  firstFive: { path: string; excerpt: string }[];
}

async function searchOnce(page: Page, q: string): Promise<Shown> {
  await page.goto(`/sok/?q=${encodeURIComponent(q)}`);
  // Two cores shared with the a11y sweep can make one search slow.
  await expect(page.getByRole('status'), `søket «${q}» ble ikke ferdig`).toContainText('treff', { timeout: 30_000 });
  const results = page.getByRole('region', { name: 'Søkeresultater' });
  await expect(results).not.toHaveAttribute('aria-busy', 'true');
  const paths = await results.locator('li h2 a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  const firstFive = await results.locator('li').evaluateAll((lis) =>
    lis.slice(0, 5).map((li) => ({
      path: new URL((li.querySelector('h2 a') as HTMLAnchorElement).href).pathname,
      excerpt: li.querySelector('.entry__ingress')?.textContent ?? '',
    })),
  );
  return { paths, firstFive };
}

/**
 * The whole query set searched on the site, once per worker: the file's tests run in order in one
 * worker (below), so both read the same pass. A worker started again after a failure searches again.
 */
const test = base.extend<object, { shown: Shown[] }>({
  shown: [
    async ({ browser }, use, workerInfo) => {
      const context = await browser.newContext({ baseURL: workerInfo.project.use.baseURL });
      const page = await context.newPage();
      // The first search loads Pagefind and its WebAssembly; give that its own, longer wait.
      await page.goto('/sok/?q=rus');
      await expect(page.getByRole('status')).toContainText('treff', { timeout: 45_000 });
      const shown: Shown[] = [];
      for (const { q } of queries) shown.push(await searchOnce(page, q));
      await context.close();
      await use(shown);
    },
    { scope: 'worker', timeout: 480_000 },
  ],
});

test.describe.configure({ mode: 'default' });

test('the site search meets its quality floor and beats plain Pagefind', async ({ shown, context }) => {
  test.setTimeout(300_000);
  expect(queries.length).toBeGreaterThanOrEqual(100);
  expect(queries.filter((q) => subsetOf(q) === 'skrivefeil').length).toBeGreaterThanOrEqual(25);
  expect(queries.filter((q) => subsetOf(q) === 'spørsmål').length).toBeGreaterThanOrEqual(15);

  // Plain Pagefind on the same built pages, served from a temporary folder to a page of its own.
  const plainPage = await openPlainSearch(context, await buildPlainIndex('dist'), '/sok/');
  const site = queries.map((query, i) => score(query, shown[i]!.paths));
  const plain: QueryScore[] = [];
  for (const query of queries) plain.push(score(query, await plainRanking(plainPage, query.q)));

  const s = summarise(site);
  const p = summarise(plain);
  const bySubset = SUBSETS.map((subset) => {
    const keep = (_: QueryScore, i: number) => subsetOf(queries[i]!) === subset;
    return { subset, n: site.filter(keep).length, site: summarise(site.filter(keep)), plain: summarise(plain.filter(keep)) };
  });
  const rows = queries.map((query, i) => `| ${query.q} | ${query.kind ?? ''} | ${site[i]!.recall.toFixed(2)} | ${site[i]!.reciprocalRank.toFixed(2)} | ${plain[i]!.recall.toFixed(2)} | ${plain[i]!.reciprocalRank.toFixed(2)} |`);
  const report = [
    `# Søkekvalitet (${queries.length} spørringer)`,
    '',
    '| | recall@5 | MRR |',
    '| --- | --- | --- |',
    `| Nettstedets søk | ${s.recallAt5.toFixed(3)} | ${s.mrr.toFixed(3)} |`,
    `| Vanlig Pagefind | ${p.recallAt5.toFixed(3)} | ${p.mrr.toFixed(3)} |`,
    '',
    '| delsett | spørringer | recall@5 | MRR | recall@5 (vanlig) | MRR (vanlig) |',
    '| --- | --- | --- | --- | --- | --- |',
    ...bySubset.map((b) => `| ${b.subset} | ${b.n} | ${b.site.recallAt5.toFixed(3)} | ${b.site.mrr.toFixed(3)} | ${b.plain.recallAt5.toFixed(3)} | ${b.plain.mrr.toFixed(3)} |`),
    '',
    '| spørring | type | recall@5 | RR | recall@5 (vanlig) | RR (vanlig) |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/search-eval.md', `${report}\n`);
  console.log(`Søkekvalitet: nettstedet recall@5=${s.recallAt5.toFixed(3)} MRR=${s.mrr.toFixed(3)}; vanlig Pagefind recall@5=${p.recallAt5.toFixed(3)} MRR=${p.mrr.toFixed(3)}`);
  for (const b of bySubset) console.log(`  ${b.subset} (${b.n}): recall@5=${b.site.recallAt5.toFixed(3)} MRR=${b.site.mrr.toFixed(3)}; vanlig ${b.plain.recallAt5.toFixed(3)} / ${b.plain.mrr.toFixed(3)}`);
  const misses = site.filter((x) => x.recall < 1).map((x) => `${x.q} → ${x.top.join(', ')}`);
  expect(s.recallAt5, `Bommer:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(QUALITY_FLOORS.recallAt5);
  expect(s.mrr).toBeGreaterThanOrEqual(QUALITY_FLOORS.mrr);
  const typos = bySubset.find((b) => b.subset === 'skrivefeil')!;
  expect(typos.site.recallAt5, `Bommer blant skrivefeilene:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(QUALITY_FLOORS.typosRecallAt5);
  const questions = bySubset.find((b) => b.subset === 'spørsmål')!;
  expect(questions.site.recallAt5, `Bommer blant spørsmålene:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(QUALITY_FLOORS.questionsRecallAt5);
});

/**
 * Text reduced to its letters and digits, case folded, for comparing. Pagefind joins a page's
 * blocks with «. » and sometimes runs two blocks' words together («verktøyAnsvarlig»), and CSS may
 * upper-case a label, so spaces, punctuation and case are left out; the words and their order stay.
 */
const normalise = (text: string) => (text.toLocaleLowerCase('nb').match(/[\p{L}\p{N}]+/gu) ?? []).join('');

test('every excerpt in the first five results is text from the page it links to', async ({ shown, page }) => {
  test.setTimeout(300_000);
  const visible = new Map<string, string>();
  const textOf = async (path: string): Promise<string> => {
    if (!visible.has(path)) {
      await page.goto(path);
      // The index leaves out navigation (the contents list, breadcrumbs, related links), so an
      // excerpt may run from the text before such a list to the text after it.
      await page.evaluate(() => {
        for (const el of document.querySelectorAll<HTMLElement>('[data-pagefind-ignore]')) el.style.setProperty('display', 'none', 'important');
      });
      visible.set(path, normalise(await page.locator('body').innerText()));
    }
    return visible.get(path)!;
  };

  const wrong: string[] = [];
  let count = 0;
  for (const [i, { q }] of queries.entries()) {
    for (const { path, excerpt } of shown[i]!.firstFive) {
      count += 1;
      const text = normalise(excerpt);
      if (text === '' || !(await textOf(path)).includes(text)) wrong.push(`«${q}» → ${path}: «${excerpt.trim()}»`);
    }
  }
  console.log(`Utdrag som ikke står på siden: ${wrong.length} av ${count}`);
  expect(count).toBeGreaterThan(queries.length * 3);
  expect(wrong, `Utdrag som ikke står på siden de lenker til (${wrong.length} av ${count}):\n${wrong.slice(0, 30).join('\n')}`).toEqual([]);
});
