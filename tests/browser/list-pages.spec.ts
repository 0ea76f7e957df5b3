/**
 * Lists split into pages, as a reader without JavaScript meets them: the pager under the list leads
 * from the first page (the list's old address) to the next, each page says which page it is, every
 * entry is on exactly one page, the glossary's letters reach every letter, and a topic hub's
 * «Se alle» reaches every entry of its section. The expected entries come from the sitemap.
 */
import { test, expect, type Page } from '@playwright/test';
import { sitemapPaths } from '../support/sitemap.ts';

const sitemap = sitemapPaths();
const articles = sitemap.filter((p) => /^\/artikler\/[^/]+\/$/.test(p));

/** The addresses of the entries the list on this page shows, in order. */
const entriesOn = (page: Page) => page.locator('main .entry__title a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));

/** The entries on every page of a list, from the one shown to the last, following «Neste side». */
async function followToLastPage(page: Page): Promise<string[]> {
  const seen: string[] = [];
  for (;;) {
    seen.push(...(await entriesOn(page)));
    const next = page.getByRole('navigation', { name: 'Sider i listen' }).getByRole('link', { name: 'Neste side' });
    if ((await next.count()) === 0) return seen;
    await next.click();
  }
}

test.use({ javaScriptEnabled: false });

test('the article list: page 1 to page 2 by the pager, page 2 says so and shows other articles', async ({ page }) => {
  await page.goto('/artikler/');
  const pager = page.getByRole('navigation', { name: 'Sider i listen' });
  await expect(pager.getByRole('link', { name: 'Side 1', exact: true })).toHaveAttribute('aria-current', 'page');
  const first = await entriesOn(page);

  await pager.getByRole('link', { name: 'Side 2', exact: true }).click();
  await expect(page).toHaveURL(/\/artikler\/side\/2\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/Side 2 av \d+/);
  await expect(page).toHaveTitle(/^Artikler, side 2 av \d+ – /);
  await expect(page.getByRole('navigation', { name: 'Sider i listen' }).getByRole('link', { name: 'Side 2', exact: true })).toHaveAttribute('aria-current', 'page');
  const second = await entriesOn(page);
  expect(second.length).toBeGreaterThan(0);
  expect(second.filter((href) => first.includes(href))).toEqual([]);
  expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toMatch(/\/artikler\/side\/2\/$/);
});

test('following «Neste side» to the end shows every article once, and the last page has no «Neste side»', async ({ page }) => {
  await page.goto('/artikler/');
  const seen = await followToLastPage(page);
  expect(seen.length).toBe(new Set(seen).size);
  expect([...seen].sort()).toEqual(articles);
  expect(page.url()).not.toMatch(/\/artikler\/$/);
  await expect(page.getByRole('navigation', { name: 'Sider i listen' }).getByRole('link', { name: 'Forrige side' })).toBeVisible();
});

test('every later page of a list is in the sitemap', () => {
  expect(sitemap).toContain('/artikler/side/2/');
  expect(sitemap).toContain('/ordbok/side/2/');
});

test('each letter of the glossary leads to the page with that letter’s heading', async ({ page }) => {
  await page.goto('/ordbok/');
  const letters = page.getByRole('navigation', { name: 'Begreper etter forbokstav' }).getByRole('link');
  const targets = await letters.evaluateAll((links) => links.map((a) => ({ letter: a.textContent!.trim(), href: a.getAttribute('href')! })));
  expect(targets.length).toBeGreaterThan(5);
  for (const { letter, href } of targets) {
    await page.goto(new URL(href, 'http://x/ordbok/').pathname);
    await expect(page.getByRole('heading', { level: 2, name: letter, exact: true }), `${letter} → ${href}`).toBeVisible();
  }
});

test('a topic hub shows the first entries of a section and «Se alle» reaches every one of them', async ({ page }) => {
  const sections = sitemap.filter((p) => /^\/tema\/[^/]+\/[^/]+\/$/.test(p));
  expect(sections.length).toBeGreaterThan(0);
  const section = sections[0]!;
  const hub = section.replace(/[^/]+\/$/, '');
  await page.goto(hub);
  const more = page.locator(`main a[href="${section}"]`);
  const count = Number(/Se alle (\d+)/.exec((await more.textContent())!)![1]);
  await more.click();
  const seen = await followToLastPage(page);
  expect(new Set(seen).size).toBe(count);
});

test('the pager’s links are large enough to hit with a thumb and fit a 320 px screen', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/artikler/side/2/');
  const links = page.getByRole('navigation', { name: 'Sider i listen' }).getByRole('link');
  expect(await links.count()).toBeGreaterThanOrEqual(3);
  for (const box of await links.evaluateAll((as) => as.map((a) => a.getBoundingClientRect().toJSON() as DOMRect))) {
    expect(box.width).toBeGreaterThanOrEqual(24);
    expect(box.height).toBeGreaterThanOrEqual(24);
    expect(box.right).toBeLessThanOrEqual(320);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});
