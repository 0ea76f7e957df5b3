/**
 * Plain Pagefind beside the site's search: an index with Pagefind's default settings (split by
 * language, no extra words, no rewriting) built from the same pages into a temporary folder, served
 * to a browser page at /pagefind-plain/, and queried as a site without this project's search page
 * would. Shared by the quality test (tests/browser/search-query-set.spec.ts) and `npm run search:eval`.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import * as pagefind from 'pagefind';

/** Builds plain Pagefind's index of the pages in `dist`; returns the folder it is in. */
export async function buildPlainIndex(dist: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'pagefind-plain-'));
  const { index } = await pagefind.createIndex({});
  await index!.addDirectory({ path: dist });
  await index!.writeFiles({ outputPath: join(dir, 'pagefind-plain') });
  await pagefind.close();
  return dir;
}

/** Serves the index in `dir` to `page` at /pagefind-plain/, whatever site the page is on. */
async function servePlainIndex(page: Page, dir: string): Promise<void> {
  await page.route('**/pagefind-plain/**', (route) => {
    const path = new URL(route.request().url()).pathname.replace(/^\//, '');
    const type = path.endsWith('.js') ? 'text/javascript' : path.endsWith('.wasm') ? 'application/wasm' : 'application/octet-stream';
    return route.fulfill({ body: readFileSync(join(dir, path)), contentType: type });
  });
}

/**
 * A page of its own for plain Pagefind, for the whole run: it serves the index in `dir` and is
 * parked on the site's search page at `searchPage`, where it stays. Pagefind is then loaded and its
 * WebAssembly started once, not once per query as when the page that runs the site's search had
 * just navigated (half a second a query on a two-core machine).
 */
export async function openPlainSearch(browser: { newPage(): Promise<Page> }, dir: string, searchPage: string): Promise<Page> {
  const page = await browser.newPage();
  await servePlainIndex(page, dir);
  await page.goto(searchPage);
  return page;
}

/** The paths of plain Pagefind's first `depth` results for a query (ten, as a page shows), on a page from `openPlainSearch`. */
export async function plainRanking(page: Page, q: string, depth = 10): Promise<string[]> {
  return page.evaluate(async ([query, count]) => {
    const url = '/pagefind-plain/pagefind.js';
    const pf = await import(url);
    await pf.init();
    const search = await pf.search(query);
    const data = await Promise.all(search.results.slice(0, count).map((r: { data: () => Promise<{ url: string }> }) => r.data()));
    return data.map((d: { url: string }) => new URL(d.url, location.href).pathname);
  }, [q, depth] as const);
}
