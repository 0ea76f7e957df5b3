/**
 * Search quality on the public query set (tests/search/queries.yaml), measured through the real
 * search page, beside plain Pagefind (default settings, index split by language, no extra words)
 * built from the same dist/, for the whole set and for its subsets (typos, whole questions, the
 * rest). Floors for the site's search (QUALITY_FLOORS in scripts/lib/search-eval.ts): recall@5
 * ≥ 0.95 and MRR ≥ 0.85 overall, recall@5 ≥ 0.9 on the typos and on the whole questions. The
 * report is written to test-results/search-eval.md.
 */
import { test, expect, type Page } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { buildPlainIndex, openPlainSearch, plainRanking } from '../../scripts/lib/plain-pagefind.ts';
import { loadQueries, QUALITY_FLOORS, score, subsetOf, summarise, SUBSETS, type QueryScore } from '../../scripts/lib/search-eval.ts';

const queries = loadQueries();

async function siteRanking(page: Page, q: string): Promise<string[]> {
  await page.goto(`/sok/?q=${encodeURIComponent(q)}`);
  // As in the excerpt test: two cores shared with the a11y sweep can make one search slow.
  await expect(page.getByRole('status'), `søket «${q}» ble ikke ferdig`).toContainText('treff', { timeout: 30_000 });
  await expect(page.getByRole('region', { name: 'Søkeresultater' })).not.toHaveAttribute('aria-busy', 'true');
  return page.getByRole('region', { name: 'Søkeresultater' }).locator('li h2 a').evaluateAll((links) =>
    links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
}

test('the site search meets its quality floor and beats plain Pagefind', async ({ page, context }) => {
  test.setTimeout(480_000);
  expect(queries.length).toBeGreaterThanOrEqual(100);
  expect(queries.filter((q) => subsetOf(q) === 'skrivefeil').length).toBeGreaterThanOrEqual(25);
  expect(queries.filter((q) => subsetOf(q) === 'spørsmål').length).toBeGreaterThanOrEqual(15);

  // Plain Pagefind on the same built pages, served from a temporary folder to a page of its own.
  const plainPage = await openPlainSearch(context, await buildPlainIndex('dist'), '/sok/');

  // The first search loads Pagefind and its WebAssembly; give that its own, longer wait.
  await page.goto('/sok/?q=rus');
  await expect(page.getByRole('status')).toContainText('treff', { timeout: 45_000 });

  const site: QueryScore[] = [];
  const plain: QueryScore[] = [];
  for (const query of queries) {
    site.push(score(query, await siteRanking(page, query.q)));
    plain.push(score(query, await plainRanking(plainPage, query.q)));
  }
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
