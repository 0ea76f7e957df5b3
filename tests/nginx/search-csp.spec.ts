/**
 * In a browser, through nginx with all its headers: search works under the Content-Security-Policy,
 * nothing is blocked or complained about, nothing leaves the site, no cookie is set, and an old
 * article address that has no page of its own lands on a search for its words.
 */
import { test, expect, type Page } from '@playwright/test';
import { base } from './server.ts';

/** Console errors and warnings, CSP violations and requests to other origins while on a page. */
function watch(page: Page) {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('request', (r) => {
    if (!r.url().startsWith(`${base}/`) && !r.url().startsWith('blob:') && !r.url().startsWith('data:')) problems.push(`request: ${r.url()}`);
  });
  return problems;
}

async function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []);
}

test.beforeEach(async ({ page }) => {
  // Injected by the browser itself, so the page's CSP does not apply to this listener.
  await page.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = list;
    document.addEventListener('securitypolicyviolation', (e) => list.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
});

test('search finds BTI under the CSP with no violation, no console error and no cookie', async ({ page, context }) => {
  const problems = watch(page);
  const response = await page.goto('/sok/?q=bti');
  expect(response?.headers()['content-security-policy']).toContain("'wasm-unsafe-eval'");
  await expect(page.getByRole('status')).toContainText('treff');
  const links = page.getByRole('region', { name: 'Søkeresultater' }).locator('li h2 a');
  await expect(links.first()).toBeVisible();
  expect(await links.count()).toBeGreaterThan(0);
  expect(await violations(page)).toEqual([]);
  expect(problems).toEqual([]);
  expect(await context.cookies()).toEqual([]);
  expect(await page.evaluate(() => document.cookie)).toBe('');
});

test('reading pages load cleanly under the headers', async ({ page }) => {
  const problems = watch(page);
  for (const path of ['/', '/tidlig-intervensjon/', '/ordbok/']) {
    await page.goto(path);
    await expect(page.locator('main h1')).toBeVisible();
    expect(await violations(page), path).toEqual([]);
  }
  expect(problems).toEqual([]);
});

test('an old article with no new page lands on a search for the words in its address', async ({ page }) => {
  const problems = watch(page);
  await page.goto('/Artikler/2009/Foreldre-og-ungdom-om-alkohol/');
  await expect(page).toHaveURL(/\/sok\/\?q=Foreldre\+og\+ungdom\+om\+alkohol$/);
  await expect(page.getByRole('searchbox').last()).toHaveValue('Foreldre og ungdom om alkohol');
  await expect(page.getByRole('status')).toContainText('treff');
  expect(problems).toEqual([]);
});
