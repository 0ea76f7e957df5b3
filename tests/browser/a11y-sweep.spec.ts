/**
 * Every address in the sitemap, checked as a reader with assistive technology or a small phone
 * meets it: no axe violation of WCAG 2.2 A/AA at 375 px and at 1280 px, and nothing that scrolls
 * sideways at any of the phone and tablet widths in the architecture brief (WCAG 1.4.10 reflow).
 * Each page is loaded once and resized, and each test takes a share of the addresses with one
 * browser page, so the sweep stays quick on two cores.
 */
import { test, expect, type Page } from '@playwright/test';
import axe from 'axe-core';
import { sitemapPaths } from '../support/sitemap.ts';

declare global {
  interface Window {
    axe: typeof axe;
  }
}

// The 404 page is in no sitemap, but every reader who follows a broken link sees it.
const paths = [...sitemapPaths(), '/404.html'];
const shards = 6;
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** Common phone widths and a portrait tablet: 320 is WCAG's reflow width, 360–414 are everyday phones. */
const reflowWidths = [320, 360, 375, 390, 414, 768];

/** How far the page scrolls sideways at `width`, and what sticks out furthest if it does. */
async function overflowAt(page: Page, width: number): Promise<string | undefined> {
  await page.setViewportSize({ width, height: 640 });
  return page.evaluate(() => {
    const root = document.documentElement;
    const overflow = root.scrollWidth - root.clientWidth;
    if (overflow <= 0) return undefined;
    let widest: Element | undefined;
    for (const el of document.body.querySelectorAll('*')) {
      if (el.getBoundingClientRect().right > root.clientWidth && (!widest || el.getBoundingClientRect().right > widest.getBoundingClientRect().right)) widest = el;
    }
    const name = widest ? `${widest.tagName.toLowerCase()}${widest.className ? `.${String(widest.className).split(' ').join('.')}` : ''}` : '?';
    return `${overflow} px (${name})`;
  });
}

/**
 * axe's violations of WCAG 2.2 A/AA at `width`. axe is put into the page once per address (see the
 * sweep) and run at each width there: injecting its 550 KB script took as long as a run, and
 * `@axe-core/playwright` injected it twice per run and finished each run in a new blank
 * page, which made the sweep take four times as long. What that glue adds is reaching into
 * cross-origin frames, and the site has no frames.
 */
async function violations(page: Page, width: number): Promise<string[]> {
  await page.setViewportSize({ width, height: 800 });
  // Only violations are wanted: asking axe for nothing else makes each run markedly faster.
  const found = await page.evaluate(async (values) => {
    const { violations } = await window.axe.run(document, { runOnly: { type: 'tag', values }, resultTypes: ['violations'] });
    return violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  }, tags);
  return found.map((v) => `${width} px: ${v.id} (${v.impact}) – ${v.help}: ${v.targets.join(', ')}`);
}

test('the sitemap lists the whole site', () => {
  expect(paths.length).toBeGreaterThan(100);
  expect(paths).toContain('/');
  expect(paths).toContain('/sok/');
});

for (let shard = 0; shard < shards; shard++) {
  const mine = paths.filter((_, i) => i % shards === shard);
  test(`WCAG 2.2 AA at 375 and 1280 px, and no sideways scroll from 320 to 768 px: sitemap part ${shard + 1} of ${shards}`, async ({ page }) => {
    test.setTimeout(60_000 + mine.length * 8_000);
    const problems: string[] = [];
    for (const path of mine) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await page.evaluate(axe.source);
      for (const v of [...(await violations(page, 375)), ...(await violations(page, 1280))]) problems.push(`${path} ${v}`);
      for (const width of reflowWidths) {
        const overflow = await overflowAt(page, width);
        if (overflow) problems.push(`${path} ${width} px: siden kan rulles ${overflow} sidelengs`);
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });
}
