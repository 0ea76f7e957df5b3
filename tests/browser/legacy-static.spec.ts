/**
 * On a host that cannot redirect (here: astro preview, a plain file server), the old
 * www.forebygging.no addresses in the inventory still reach their new page through the static
 * redirect pages the build writes at the old paths.
 */
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parseInventory } from '../../src/legacy/inventory.ts';

const rows = parseInventory(readFileSync(new URL('../../content/legacy-urls.csv', import.meta.url), 'utf8')).rows
  .filter((r) => r.request.host === 'forebygging.no' && !r.newPath.includes('?'));

test('old www.forebygging.no addresses lead on to their page, as written and in lower case', async ({ page }) => {
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) {
    const old = new URL(row.oldUrl).pathname;
    for (const path of new Set([old, old.toLowerCase()])) {
      await page.goto(path);
      await expect(page, path).toHaveURL(new RegExp(`${row.newPath.replace(/[.?+]/g, '\\$&')}$`));
      await expect(page.locator('main h1')).toBeVisible();
    }
  }
});

test('the redirect page names the new page in a link, for anyone whose browser does not go on', async ({ request }) => {
  const row = rows[0]!;
  const html = await (await request.get(new URL(row.oldUrl).pathname)).text();
  expect(html).toContain(`<a href="${row.newPath}">`);
  expect(html).toContain('<meta name="robots" content="noindex">');
});
