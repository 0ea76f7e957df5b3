/**
 * Every address in the sitemap, checked as a reader with assistive technology or a small phone
 * meets it: no axe violation of WCAG 2.2 A/AA at 375 px and at 1280 px, and nothing that scrolls
 * sideways at 320 px (WCAG 1.4.10 reflow). Each page is loaded once and resized, and each test
 * takes a share of the addresses with one browser page, so the sweep stays quick on two cores.
 */
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { sitemapPaths } from '../support/sitemap.ts';

const paths = sitemapPaths();
const shards = 6;
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function violations(page: Page, width: number): Promise<string[]> {
  await page.setViewportSize({ width, height: 800 });
  // Only violations are wanted: asking axe for nothing else makes each run markedly faster.
  const { violations: found } = await new AxeBuilder({ page }).withTags(tags).options({ resultTypes: ['violations'] }).analyze();
  return found.map((v) => `${width} px: ${v.id} (${v.impact}) – ${v.help}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

test('the sitemap lists the whole site', () => {
  expect(paths.length).toBeGreaterThan(100);
  expect(paths).toContain('/');
  expect(paths).toContain('/sok/');
});

for (let shard = 0; shard < shards; shard++) {
  const mine = paths.filter((_, i) => i % shards === shard);
  test(`WCAG 2.2 AA at 375 and 1280 px, and no sideways scroll at 320 px: sitemap part ${shard + 1} of ${shards}`, async ({ page }) => {
    test.setTimeout(60_000 + mine.length * 8_000);
    const problems: string[] = [];
    for (const path of mine) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      for (const v of [...(await violations(page, 375)), ...(await violations(page, 1280))]) problems.push(`${path} ${v}`);
      await page.setViewportSize({ width: 320, height: 640 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) problems.push(`${path} 320 px: siden kan rulles ${overflow} px sidelengs`);
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });
}
