/**
 * A keyboard-only reader's way through the site: the skip link, the header and its menu, the
 * search and a guideline chapter, with Tab and Enter only. Every element the reader lands on must
 * show where focus is (WCAG 2.4.7), and nothing may trap focus on the way.
 */
import { test, expect, type Page } from '@playwright/test';

interface Focused {
  tag: string;
  text: string;
  href: string | null;
  label: string | null;
  visibleFocus: boolean;
  inView: boolean;
}

const focused = (page: Page): Promise<Focused> =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const style = getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    const id = el.getAttribute('id');
    return {
      tag: el.tagName.toLowerCase(),
      text: (el.textContent ?? '').trim().replace(/\s+/g, ' '),
      href: el.getAttribute('href'),
      label: id ? (document.querySelector(`label[for="${id}"]`)?.textContent ?? null) : el.getAttribute('aria-label'),
      visibleFocus: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none',
      inView: rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.right > 0 && rect.left < innerWidth,
    };
  });

/** Presses Tab until the focused element matches, checking each stop shows its focus. */
async function tabTo(page: Page, wanted: (f: Focused) => boolean, what: string, max = 60): Promise<Focused> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (f.tag === 'body') continue; // Past the last link focus leaves the page; the next Tab starts at the top.
    expect(f.visibleFocus, `fokus synes ikke på <${f.tag}> «${f.text.slice(0, 40)}»`).toBe(true);
    if (wanted(f)) return f;
  }
  throw new Error(`Nådde ikke ${what} med Tab etter ${max} trykk`);
}

test.describe('with the keyboard only', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test('the skip link is first, visible when focused, and moves focus to the main content', async ({ page }) => {
    await page.goto('/veiledere/');
    await page.keyboard.press('Tab');
    const skip = await focused(page);
    expect(skip.href).toBe('#main');
    expect(skip.inView).toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.locator('main#main')).toBeFocused();
  });

  test('header menu, a guideline and a chapter, with Tab and Enter', async ({ page }) => {
    await page.goto('/');
    await tabTo(page, (f) => f.tag === 'summary' && /Meny|Meny/.test(f.text), 'menyknappen');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('navigation', { name: 'Hovedmeny' })).toBeVisible();
    await tabTo(page, (f) => f.href === '/veiledere/', 'Veiledere i menyen');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/veiledere\/$/);

    // A guideline that is presented chapter by chapter.
    const guideline = await tabTo(page, (f) => f.href === '/veiledere/sammen-om-mestring/', 'veilederen Sammen om mestring');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${guideline.href}$`));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

    const chapter = await tabTo(page, (f) => new RegExp(`^${guideline.href}[^/]+/$`).test(f.href ?? ''), 'et kapittel');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${chapter.href}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(chapter.text);
  });

  test('the header search takes a query and the results can be reached with Tab', async ({ page }) => {
    await page.goto('/artikler/');
    await tabTo(page, (f) => f.tag === 'input' && /Søk/.test(f.label ?? ''), 'søkefeltet');
    await page.keyboard.type('ungdata');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/sok\/\?q=ungdata$/);
    await expect(page.getByRole('status')).toContainText('treff');
    const result = await tabTo(page, (f) => f.tag === 'a' && (f.href ?? '').startsWith('/') && !!f.text && !(f.href ?? '').startsWith('/sok'), 'første treff', 80);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${result.href}$`));
  });
});
