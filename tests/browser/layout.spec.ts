/**
 * The layout at a desk and in between: from 1024 px the sections are in the header, a guideline
 * chapter or plan step has its document's navigation and its own contents beside the text in the
 * first screen, list pages and the front page use the width, and the search puts its filters
 * beside the results. A tablet gets cards in two columns. (Phones: navigation.spec.ts, and the
 * overflow check at six widths in a11y-sweep.spec.ts.)
 */
import { test, expect, type Locator, type Page } from '@playwright/test';
import { builtPages } from '../../scripts/lib/built-site.ts';

const pages = builtPages();
const chapter = pages.find((p) => /^\/veiledere\/[^/]+\/[^/]+\/$/.test(p.path) && p.html.includes('class="recommendation"'))!.path;
const step = pages.find((p) => /^\/planlegging\/(?!sporsmal-og-svar\/)[^/]+\/[^/]+\/$/.test(p.path) && !p.path.endsWith('/skriv-ut/'))!.path;

const box = async (locator: Locator) => (await locator.boundingBox())!;

/** Whether the whole element is inside the first screen. */
async function inFirstScreen(page: Page, locator: Locator): Promise<boolean> {
  const b = await box(locator);
  return b.y >= 0 && b.y + Math.min(b.height, 200) <= page.viewportSize()!.height;
}

test.describe('at a desk (1280 × 800)', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the header shows the sections, with no «Meny» button', async ({ page }) => {
    await page.goto('/artikler/');
    await expect(page.getByText('Meny', { exact: true })).toBeHidden();
    const nav = page.getByRole('navigation', { name: 'Hovedmeny' });
    await expect(nav.getByRole('link', { name: 'Veiledere' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Tilskudd' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Artikler' })).toHaveAttribute('aria-current', 'page');
    await nav.getByRole('link', { name: 'Veiledere' }).click();
    await expect(page).toHaveURL(/\/veiledere\/$/);
  });

  test('a guideline chapter shows its chapter navigation and its own contents beside the text in the first screen', async ({ page }) => {
    await page.goto(chapter);
    const chapters = page.getByRole('navigation', { name: 'Innhold i veilederen' });
    const contents = page.getByRole('navigation', { name: 'På denne siden' });
    const title = page.getByRole('heading', { level: 1 });
    await expect(chapters).toBeVisible();
    await expect(contents).toBeVisible();
    expect(await inFirstScreen(page, chapters)).toBe(true);
    expect(await inFirstScreen(page, contents)).toBe(true);
    // Left of the title and right of it, not above or below.
    const [c, o, h] = [await box(chapters), await box(contents), await box(title)];
    expect(c.x + c.width).toBeLessThanOrEqual(h.x);
    expect(o.x).toBeGreaterThanOrEqual(h.x + h.width);
    // The current chapter is marked, and the reading column keeps a comfortable measure.
    await expect(chapters.locator('[aria-current="page"]')).toHaveText(new RegExp(await page.locator('h1').innerText()));
    const text = await box(page.locator('.prose p').first());
    expect(text.width).toBeLessThanOrEqual(42 * 17 + 1);
  });

  test('a plan step shows the steps beside the text, with the current step marked', async ({ page }) => {
    await page.goto(step);
    const steps = page.getByRole('navigation', { name: /^Steg i (veiledningen|rettleiinga)$/ });
    expect(await inFirstScreen(page, steps)).toBe(true);
    expect((await box(steps)).x + (await box(steps)).width).toBeLessThanOrEqual((await box(page.locator('h1'))).x);
    await expect(steps.locator('[aria-current="page"]')).toHaveCount(1);
  });

  test('a list page puts its entries in columns', async ({ page }) => {
    await page.goto('/artikler/');
    const cards = page.locator('.entry-list > li');
    const tops = await cards.evaluateAll((items) => items.slice(0, 4).map((li) => Math.round(li.getBoundingClientRect().top)));
    expect(tops.filter((top) => top === tops[0]).length).toBeGreaterThanOrEqual(3);
  });

  test('the front page puts the topics beside the search and the newest practice examples in a row', async ({ page }) => {
    await page.goto('/');
    const search = await box(page.getByRole('search'));
    const topics = await box(page.getByRole('region', { name: 'Tema' }));
    expect(topics.x).toBeGreaterThan(search.x + search.width);
    expect(topics.y).toBeLessThan(search.y + search.height);
    const practice = page.getByRole('region', { name: 'Nyeste praksiseksempler' }).locator('li');
    const tops = await practice.evaluateAll((items) => items.map((li) => Math.round(li.getBoundingClientRect().top)));
    expect(new Set(tops).size).toBe(1);
  });

  test('the search page puts its filters beside the results', async ({ page }) => {
    await page.goto('/sok/?q=kommune');
    const filter = page.getByRole('combobox', { name: /^Innholdstype/ });
    await expect(filter).toBeVisible();
    const results = page.getByRole('region', { name: 'Søkeresultater' });
    await expect(results.locator('li').first()).toBeVisible();
    expect((await box(filter)).x + (await box(filter)).width).toBeLessThanOrEqual((await box(results)).x);
  });
});

test.describe('on a tablet (768 px)', () => {
  test.use({ viewport: { width: 768, height: 1024 } });

  test('a list page shows two columns of cards, and the sections sit behind «Meny»', async ({ page }) => {
    await page.goto('/praksis/');
    const tops = await page.locator('.entry-list > li').evaluateAll((items) => items.slice(0, 2).map((li) => Math.round(li.getBoundingClientRect().top)));
    expect(tops[0]).toBe(tops[1]);
    await expect(page.getByText('Meny', { exact: true })).toBeVisible();
  });

  test('a guideline chapter reads in one column: contents first, the chapters after the text', async ({ page }) => {
    await page.goto(chapter);
    const contents = await box(page.getByRole('navigation', { name: 'På denne siden' }));
    const text = await box(page.locator('.prose').first());
    const chapters = await box(page.getByRole('navigation', { name: 'Innhold i veilederen' }));
    expect(contents.y).toBeLessThan(text.y);
    expect(chapters.y).toBeGreaterThan(text.y);
  });
});
