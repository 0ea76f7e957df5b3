/**
 * What a search costs to download, measured in Chromium: the bytes received (headers and body as
 * sent) for everything under /pagefind/ and for the search page's word groups
 * (/sok/ordgrupper/), first for one query on a fresh page and then for a second, different
 * query on the same page.
 *
 * Two ways are measured. «ui»: open /sok/?q=… and wait until the search page has drawn its
 * results, then type the second query. «api»: load Pagefind in the page and do what the search
 * page does by hand (search, then load the first ten results); it works even if the search page's
 * script changes, so the figures stay comparable between runs.
 */
import type { Page } from '@playwright/test';
import { withSiteInBrowser } from './site-browser.ts';

export interface QueryStep {
  query: string;
  bytes: number;
  requests: number;
  results: number;
  /** Bytes per kind of Pagefind file (script, wasm, meta, filter, index, fragment), to see what grows. */
  byKind: Record<string, number>;
}

export interface QueryCost {
  mode: 'ui' | 'api';
  first: QueryStep;
  second: QueryStep;
}

/**
 * Files a search downloads: Pagefind's, the word groups the search page rewrites queries with, and
 * the vocabulary files it corrects typos against, the filters' values and the date order.
 */
const isSearchFile = (path: string) =>
  path.startsWith('/pagefind/') || path.startsWith('/sok/ordgrupper/') || path.startsWith('/sok/ordliste/') || path === '/sok/datoer.txt' || path === '/sok/filtre.json';

/** «/pagefind/fragment/no_1a2b.pf_fragment» → «fragment». */
function kindOf(path: string): string {
  if (path.startsWith('/sok/ordgrupper/')) return 'ordgrupper';
  if (path.startsWith('/sok/ordliste/')) return 'ordliste';
  if (path === '/sok/datoer.txt') return 'datoer';
  if (path === '/sok/filtre.json') return 'filterverdier';
  const name = path.replace(/^\/pagefind\//, '');
  if (name.includes('/')) return name.split('/')[0]!;
  if (name.endsWith('.pf_meta')) return 'meta';
  if (name.startsWith('wasm')) return 'wasm';
  return name.replace(/\?.*$/, '');
}

interface Counter {
  bytes: number;
  requests: number;
  byKind: Record<string, number>;
  pending: Promise<void>[];
}

/**
 * Counts what arrives for /pagefind/. Pagefind fetches its index from a Web Worker, whose requests
 * a page's DevTools session does not see; Playwright's context events include them.
 */
function counting(page: Page): Counter {
  const counter: Counter = { bytes: 0, requests: 0, byKind: {}, pending: [] };
  // The cache stays on: the second query may reuse what the first one loaded, as in real use.
  page.context().on('requestfinished', (request) => {
    const path = new URL(request.url()).pathname;
    if (!isSearchFile(path)) return;
    counter.pending.push(
      request.sizes().then((s) => {
        const bytes = s.responseBodySize + s.responseHeadersSize;
        counter.bytes += bytes;
        counter.byKind[kindOf(path)] = (counter.byKind[kindOf(path)] ?? 0) + bytes;
        counter.requests += 1;
      }),
    );
  });
  return counter;
}

/** Waits until no Pagefind request has finished for a while, so late fragment loads are counted. */
async function settle(counter: Counter): Promise<void> {
  let last = -1;
  while (last !== counter.pending.length) {
    last = counter.pending.length;
    await new Promise((r) => setTimeout(r, 750));
  }
  await Promise.all(counter.pending);
}

function reset(counter: Counter): void {
  counter.bytes = 0;
  counter.requests = 0;
  counter.byKind = {};
  counter.pending = [];
}

const resultLinks = (page: Page) => page.getByRole('region', { name: 'Søkeresultater' }).getByRole('link');

async function viaUi(page: Page, base: string, counter: Counter, queries: [string, string]): Promise<QueryCost | undefined> {
  await page.goto(`${base}/sok/?q=${encodeURIComponent(queries[0])}`);
  try {
    await resultLinks(page).first().waitFor({ timeout: 20_000 });
  } catch {
    return undefined; // The search page does not draw results (yet): fall back to the API.
  }
  await settle(counter);
  const first = { query: queries[0], bytes: counter.bytes, requests: counter.requests, byKind: counter.byKind, results: await resultLinks(page).count() };
  reset(counter);
  const before = await resultLinks(page).first().getAttribute('href');
  await page.getByRole('searchbox', { name: /søk/i }).last().fill(queries[1]);
  await page.getByRole('searchbox', { name: /søk/i }).last().press('Enter');
  await page.waitForFunction(
    (old) => {
      const link = document.querySelector('#search-results a');
      return link !== null && link.getAttribute('href') !== old;
    },
    before,
    { timeout: 20_000 },
  );
  await settle(counter);
  const second = { query: queries[1], bytes: counter.bytes, requests: counter.requests, byKind: counter.byKind, results: await resultLinks(page).count() };
  return { mode: 'ui', first, second };
}

async function viaApi(page: Page, base: string, counter: Counter, queries: [string, string]): Promise<QueryCost> {
  await page.goto(`${base}/sok/`);
  await settle(counter);
  // Whatever the search page loaded by itself on opening counts towards the first query.
  const run = (q: string) =>
    page.evaluate(async (query) => {
      // A variable keeps TypeScript from resolving the browser-side address at build time.
      const address = '/pagefind/pagefind.js';
      const pagefind = await import(/* @vite-ignore */ address);
      const search = await pagefind.search(query);
      await Promise.all(search.results.slice(0, 10).map((r: { data: () => Promise<unknown> }) => r.data()));
      return search.results.length as number;
    }, q);
  const firstResults = await run(queries[0]);
  await settle(counter);
  const first = { query: queries[0], bytes: counter.bytes, requests: counter.requests, byKind: counter.byKind, results: firstResults };
  reset(counter);
  const secondResults = await run(queries[1]);
  await settle(counter);
  return { mode: 'api', first, second: { query: queries[1], bytes: counter.bytes, requests: counter.requests, byKind: counter.byKind, results: secondResults } };
}

/**
 * Typical first searches, each on a fresh page with an empty cache: a link to /sok/?q=… opened and
 * its results drawn. Two-word topic names, natural questions (four of them long, in bokmål and
 * nynorsk, with words most pages have and words whose slices of the index are large), an
 * abbreviation, a compound and a nynorsk word, so the budget is checked on more than the one query
 * the comparison uses; and two typos, which also fetch the vocabulary and search again with the
 * corrected words.
 */
export const TYPICAL_QUERIES = [
  'tidlig intervensjon', 'barn som pårørende', 'hvordan lage rusmiddelpolitisk handlingsplan', 'BTI', 'skjenkekontroll', 'tilskot til rusarbeid', 'motiverende intervju',
  'tverfaglig samarbeid', 'rusforebyggng', 'hvem kan søke tilskudd til rusforebyggende arbeid i kommunen', 'korleis kan kommunen følgje opp barn som pårørande',
  'hva sier loven om taushetsplikt når vi er bekymret for et barn', 'hvordan involvere foreldre i forebyggende arbeid på ungdomsskolen',
];

export function measureFirstQueries(distDir: string, queries: string[] = TYPICAL_QUERIES): Promise<QueryStep[]> {
  return withSiteInBrowser(distDir, async (browser, url) => {
    const out: QueryStep[] = [];
    for (const query of queries) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const counter = counting(page);
      await page.goto(`${url}/sok/?q=${encodeURIComponent(query)}`);
      await page.getByRole('status').filter({ hasText: 'treff' }).waitFor({ timeout: 30_000 });
      await settle(counter);
      out.push({ query, bytes: counter.bytes, requests: counter.requests, byKind: counter.byKind, results: await resultLinks(page).count() });
      await context.close();
    }
    return out;
  });
}

export function measureQueries(distDir: string, queries: [string, string]): Promise<QueryCost[]> {
  return withSiteInBrowser(distDir, async (browser, url) => {
    const out: QueryCost[] = [];
    for (const mode of ['ui', 'api'] as const) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const counter = counting(page);
      const cost = mode === 'ui' ? await viaUi(page, url, counter, queries) : await viaApi(page, url, counter, queries);
      if (cost) out.push(cost);
      await context.close();
    }
    return out;
  });
}
