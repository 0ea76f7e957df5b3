/**
 * Two ways of reading the site that colours and screens do not decide: Windows high-contrast mode
 * (forced colours), where backgrounds vanish and only borders and outlines are left to show a
 * button or a box, and print, where a guideline chapter is taken to a meeting on paper.
 */
import { test, expect } from '@playwright/test';
import { builtPages } from '../../scripts/lib/built-site.ts';

// A guideline chapter with a recommendation, found in the built site so that content may change.
const chapter = builtPages('dist').find((p) => /^\/veiledere\/[^/]+\/[^/]+\/$/.test(p.path) && p.html.includes('class="recommendation"'))?.path;

test('the built site has a guideline chapter with a recommendation', () => {
  expect(chapter).toBeDefined();
});

test.describe('in forced colours (Windows high contrast)', () => {
  test.use({ viewport: { width: 375, height: 740 } });
  test.beforeEach(async ({ page }) => {
    await page.emulateMedia({ forcedColors: 'active' });
  });

  test('buttons, the menu toggle and recommendation boxes keep a visible edge, and focus shows', async ({ page }) => {
    await page.goto(chapter!);
    expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
    const edges = await page.evaluate(() =>
      ['.search-form button', '.menu__toggle', '.recommendation'].map((selector) => {
        const el = document.querySelector(selector);
        if (!el) return `${selector}: finnes ikke`;
        const s = getComputedStyle(el);
        const border = ['Top', 'Right', 'Bottom', 'Left'].every((side) => s.getPropertyValue(`border-${side.toLowerCase()}-style`) !== 'none' && parseFloat(s.getPropertyValue(`border-${side.toLowerCase()}-width`)) >= 1);
        return border ? 'ok' : `${selector}: ingen synlig kant`;
      }),
    );
    expect(edges.filter((e) => e !== 'ok')).toEqual([]);
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
  });
});

test.describe('printed', () => {
  test('a guideline chapter prints its text and recommendations without header, menu, search or footer', async ({ page }) => {
    await page.goto(chapter!);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '.site-footer', '.breadcrumbs', '.skip-link']) {
      await expect(page.locator(selector).first(), selector).toBeHidden();
    }
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('.prose').first()).toBeVisible();
    await expect(page.locator('.recommendation').first()).toBeVisible();
    const pdf = await page.pdf({ format: 'A4' });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(pages).toBeGreaterThanOrEqual(1);
  });

  test('a printed link to another site shows where it goes', async ({ page }) => {
    // Pages whose body text (from the prose block to the sources) links to another site.
    const bodyOf = (html: string) => html.slice(html.indexOf('class="prose"'), html.indexOf('class="sources') > 0 ? html.indexOf('class="sources') : undefined);
    const candidates = builtPages('dist')
      .filter((p) => p.html.includes('class="prose"') && /<a href="https?:\/\/(?!www\.forebygging\.no)/.test(bodyOf(p.html)))
      .map((p) => p.path);
    let after: { href: string; content: string } | undefined;
    for (const path of candidates.slice(0, 40)) {
      await page.goto(path);
      await page.emulateMedia({ media: 'print' });
      after = await page.evaluate(() => {
        const link = document.querySelector<HTMLAnchorElement>('.prose a[href^="http"]');
        return link ? { href: link.href, content: getComputedStyle(link, '::after').content } : undefined;
      });
      if (after) break;
    }
    expect(after, 'ingen side med lenke til et annet nettsted i brødteksten').toBeDefined();
    expect(after!.content).toContain(new URL(after!.href).host);
  });
});
