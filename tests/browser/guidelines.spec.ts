/**
 * Guidelines and plan guides as professionals use them: a link to one recommendation, the whole
 * document printed at once, publication dates with a change history, and a search that stays
 * within one guideline.
 */
import { test, expect } from '@playwright/test';
import { builtPages } from '../../scripts/lib/built-site.ts';

const pages = builtPages();
const guidelineFronts = pages.filter((p) => /^\/veiledere\/[^/]+\/$/.test(p.path)).map((p) => p.path);
const planFronts = pages.filter((p) => /^\/planlegging\/[^/]+\/$/.test(p.path) && p.path !== '/planlegging/sporsmal-og-svar/').map((p) => p.path);
const chapterPaths = pages.filter((p) => /^\/veiledere\/[^/]+\/[^/]+\/$/.test(p.path) && !p.path.endsWith('/skriv-ut/')).map((p) => p.path);
const stepPaths = pages.filter((p) => /^\/planlegging\/(?!sporsmal-og-svar\/)[^/]+\/[^/]+\/$/.test(p.path) && !p.path.endsWith('/skriv-ut/')).map((p) => p.path);
// A chapter with a numbered recommendation, found in the built site so that content may change.
const withRecommendation = pages.find((p) => chapterPaths.includes(p.path) && /class="recommendation__anchor" href="#anbefaling-\d/.test(p.html));

test('the built site has guidelines with chapters, plan guides with steps and a numbered recommendation', () => {
  expect(guidelineFronts.length).toBeGreaterThanOrEqual(2);
  expect(planFronts.length).toBeGreaterThanOrEqual(1);
  expect(chapterPaths.length).toBeGreaterThanOrEqual(5);
  expect(stepPaths.length).toBeGreaterThanOrEqual(3);
  expect(withRecommendation).toBeDefined();
});

test('a recommendation number is a link to itself, listed in the chapter’s contents, and a copied link opens at it', async ({ page }) => {
  await page.goto(withRecommendation!.path);
  const anchor = page.locator('.recommendation__anchor').first();
  const name = (await anchor.textContent())!.trim();
  expect(name).toMatch(/^Anbefaling \d+(\.\d+)*$/);
  const href = await anchor.getAttribute('href');
  expect(href).toMatch(/^#anbefaling-[\d-]+$/);
  // The chapter's own contents list has the recommendation, with the same anchor.
  const contents = page.getByRole('navigation', { name: 'På denne siden' });
  await expect(contents.getByRole('link', { name })).toHaveAttribute('href', href!);
  // A link copied into a meeting note opens the chapter at the recommendation.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${withRecommendation!.path}${href}`);
  const region = page.getByRole('region', { name: new RegExp(`^${name.replace(/\./g, '\\.')}\\b`) });
  await expect(region.getByRole('heading', { level: 3 })).toBeInViewport();
  await expect(region).toHaveCSS('outline-style', 'solid');
});

test('every chapter and plan step links to the print page of its whole document', () => {
  const missing: string[] = [];
  for (const path of chapterPaths) {
    const print = `${path.split('/').slice(0, 3).join('/')}/skriv-ut/`;
    if (!pages.find((p) => p.path === path)!.html.includes(`href="${print}"`)) missing.push(`${path} mangler lenke til ${print}`);
  }
  for (const path of stepPaths) {
    const print = `${path.split('/').slice(0, 3).join('/')}/skriv-ut/`;
    if (!pages.find((p) => p.path === path)!.html.includes(`href="${print}"`)) missing.push(`${path} mangler lenke til ${print}`);
  }
  expect(missing).toEqual([]);
});

for (const front of [...guidelineFronts, ...planFronts]) {
  test(`the print page of ${front} has every chapter in order, the contents and the sources`, async ({ page }) => {
    await page.goto(front);
    const partsNav = page.getByRole('navigation', { name: /^(Innhold i veilederen|Steg i veiledningen|Innhald i rettleiaren|Steg i rettleiinga)$/ });
    const chapterTitles = (await partsNav.count()) > 0 ? (await partsNav.getByRole('link').allTextContents()).map((x) => x.trim()) : [];
    const replaced = await page.getByRole('note').filter({ hasText: 'erstattet' }).count();
    await page.getByRole('link', { name: /^Skriv ut hele/ }).click();
    await expect(page).toHaveURL(new RegExp(`${front}skriv-ut/$`));

    const h2s = (await page.locator('.print-document__chapter > h2').allTextContents()).map((x) => x.trim());
    expect(h2s.length).toBe(chapterTitles.length);
    chapterTitles.forEach((title, i) => expect(h2s[i]).toContain(title.replace(/^\d+(\.\d+)*\s+/, '')));
    const contents = page.getByRole('navigation', { name: /^Innhold|Innhald$/ });
    expect(await contents.getByRole('link').count()).toBe(chapterTitles.length + 2);
    await expect(page.getByRole('region', { name: 'Kilder', exact: true })).toBeVisible();
    if (replaced > 0) await expect(page.getByRole('note').filter({ hasText: 'erstattet' })).toBeVisible();

    // On paper: no site navigation, each chapter on a new sheet, addresses written out.
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '.site-footer', '.breadcrumbs', '.print-document__hint']) {
      await expect(page.locator(selector).first(), selector).toBeHidden();
    }
    const breaks = await page.locator('.print-document__chapter').evaluateAll((els) => els.map((el) => getComputedStyle(el).breakBefore));
    expect(breaks.every((b) => b === 'page')).toBe(true);
    const addresses = await page.locator('.print-document__chapter a[href^="http"], .print-document__chapter a[href^="/"]').evaluateAll((links) =>
      links.slice(0, 5).map((a) => getComputedStyle(a, '::after').content),
    );
    for (const address of addresses) expect(address).toMatch(/^" \((https?:\/\/|\/)/);
    const pdf = await page.pdf({ format: 'A4' });
    const sheets = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(sheets).toBeGreaterThan(chapterTitles.length);
  });
}

test('a guideline and a plan guide say when they were first published and last changed, with the history folded', async ({ page }) => {
  for (const front of [guidelineFronts[0]!, planFronts[0]!]) {
    await page.goto(front);
    await expect(page.getByText(/^Først publisert: \d+\. \w+ \d{4}$/)).toBeVisible();
    await expect(page.getByText(/^Sist faglig endret: \d+\. \w+ \d{4}$/)).toBeVisible();
    const history = page.locator('details.change-history__details');
    await expect(history).not.toHaveAttribute('open');
    const items = history.locator('li');
    await expect(items.first()).toBeHidden();
    await history.locator('summary').click();
    await expect(items.first()).toBeVisible();
    const dates = await items.locator('time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime')!));
    expect(dates.length).toBeGreaterThan(0);
    expect([...dates].sort().reverse()).toEqual(dates);
  }
});

test('the search field on a guideline’s pages searches only that guideline', async ({ page }) => {
  const chapter = chapterPaths.find((p) => p.startsWith('/veiledere/sammen-om-mestring/'))!;
  await page.goto(chapter);
  const form = page.getByRole('search', { name: 'Søk i Sammen om mestring' });
  await form.getByRole('searchbox').fill('samarbeid');
  await form.getByRole('button', { name: 'Søk' }).click();
  await expect(page).toHaveURL(/\/sok\/\?q=samarbeid&guideline=Sammen\+om\+mestring$/);
  await expect(page.getByRole('status')).toContainText('treff på «samarbeid»');
  const results = page.getByRole('region', { name: 'Søkeresultater' });
  await expect(results).not.toHaveAttribute('aria-busy', 'true');
  const paths = await results.locator('li h2 a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(paths.length).toBeGreaterThan(1);
  for (const path of paths) expect(path).toMatch(/^\/veiledere\/sammen-om-mestring\//);
  // The filter is shown as set, so the reader sees the search is narrowed and can widen it.
  const filter = page.getByRole('combobox', { name: /^Veileder/ });
  await expect(filter).toHaveValue('Sammen om mestring');
  await filter.selectOption('');
  await expect(page).toHaveURL(/\/sok\/\?q=samarbeid$/);
});
