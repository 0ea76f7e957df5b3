/** Getting around: the menu without JavaScript on a phone, the header search, breadcrumbs, chapters. */
import { test, expect } from '@playwright/test';

test.describe('on a 375 px phone with JavaScript turned off', () => {
  test.use({ viewport: { width: 375, height: 740 }, javaScriptEnabled: false });

  test('the menu opens and leads to a section', async ({ page }) => {
    await page.goto('/');
    const menu = page.getByRole('navigation', { name: 'Hovedmeny' });
    await expect(menu).toBeHidden();
    await page.getByText('Meny', { exact: true }).click();
    await expect(menu).toBeVisible();
    await menu.getByRole('link', { name: 'Veiledere' }).click();
    await expect(page).toHaveURL(/\/veiledere\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Veiledere');
  });

  test('the header search submits to /sok/ with the query', async ({ page }) => {
    await page.goto('/artikler/');
    await page.getByRole('search').first().getByLabel('Søk i kunnskapsbanken').fill('skjenkekontroll');
    await page.getByRole('search').first().getByRole('button', { name: 'Søk' }).click();
    await expect(page).toHaveURL(/\/sok\/\?q=skjenkekontroll$/);
    // Without JavaScript the search page says so and offers the topic hubs and the glossary.
    await expect(page.getByText('Søket trenger JavaScript')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Ordbok' }).last()).toBeVisible();
  });
});

test('a guideline chapter has a contents list, previous/next and a replaced notice', async ({ page }) => {
  await page.goto('/veiledere/sammen-om-mestring/');
  const toc = page.getByRole('navigation', { name: 'Innhold i veilederen' });
  const chapters = toc.getByRole('link');
  expect(await chapters.count()).toBeGreaterThanOrEqual(5);
  await chapters.nth(1).click();
  await expect(page.getByRole('note')).toContainText('erstattet');
  await expect(page.getByRole('link', { name: /^Forrige/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /^Neste/ })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Du er her' }).getByRole('link', { name: 'Veiledere' })).toBeVisible();
});

test('a recommendation shows its number, strength, «Praktisk» and «Begrunnelse»', async ({ page }) => {
  await page.goto('/veiledere/sammen-om-mestring/samtalemetoder-og-motiverende-intervju/');
  const recommendation = page.getByRole('region', { name: /Anbefaling 4\.2\.3/ });
  await expect(recommendation).toContainText('kan');
  await expect(recommendation.getByRole('heading', { name: 'Praktisk' })).toBeVisible();
  await expect(recommendation.getByRole('heading', { name: 'Begrunnelse' })).toBeVisible();
});

test('a plan guide goes step by step', async ({ page }) => {
  await page.goto('/planlegging/planprosessen/');
  const steps = page.getByRole('navigation', { name: 'Steg i veiledningen' }).getByRole('link');
  expect(await steps.count()).toBeGreaterThanOrEqual(6);
  await steps.first().click();
  await expect(page.getByText(/Steg 1 av \d+/)).toBeVisible();
  await page.getByRole('link', { name: /^Neste/ }).click();
  await expect(page.getByText(/Steg 2 av \d+/)).toBeVisible();
});

test('past events and closed grants are shown as such', async ({ page }) => {
  await page.goto('/arrangementer/');
  await expect(page.getByRole('heading', { name: 'Gjennomførte' })).toBeVisible();
  await page.goto('/tilskudd/');
  await expect(page.getByRole('heading', { name: 'Stengte ordninger' })).toBeVisible();
  await page.getByRole('link', { name: /Kommunalt rusarbeid/ }).first().click();
  await expect(page.getByText(/Stengd|Stengt/)).toBeVisible();
});

test('a practice example names its municipalities, county and status', async ({ page }) => {
  await page.goto('/praksis/tidlig-inn-evenes-tjeldsund-skanland-2016/');
  const facts = page.locator('dl.facts');
  await expect(facts).toContainText('Skånland');
  await expect(facts).toContainText('tidligere kommune');
  await expect(facts).toContainText('Nordland');
  // The source is KoRus-Nord's plan for 2016, so the outcome is not known.
  await expect(facts).toContainText('Planlagt – utfallet er ikke kjent');
});
