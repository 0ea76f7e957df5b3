/**
 * What the search page shows for a query, as the paths of its results in order: the way the
 * quality measures (`npm run search:eval`, the benchmark) see the search, through the real page.
 */
import type { Page } from '@playwright/test';

/**
 * Opens /sok/?q=… on the site at `origin`, with `filters` in the address as a reader's choices in
 * the filter menus, and returns the result paths, with «Vis flere treff» pressed until at least
 * `depth` results are shown or there are no more.
 */
export async function searchPageRanking(page: Page, origin: string, q: string, depth = 10, filters: Record<string, string> = {}): Promise<string[]> {
  await page.goto(`${origin}/sok/?${new URLSearchParams({ q, ...filters })}`);
  await page.getByRole('status').filter({ hasText: 'treff' }).waitFor({ timeout: 30_000 });
  const results = page.locator('#search-results li');
  const more = page.locator('.search-more');
  for (let shown = await results.count(); shown < depth && (await more.count()) > 0; shown = await results.count()) {
    await more.click();
    await page.waitForFunction((before) => document.querySelectorAll('#search-results li').length > before, shown);
  }
  return page.locator('#search-results li h2 a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}
