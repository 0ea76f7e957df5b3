import { loadQueries } from './lib/search-eval.ts';
import { withSiteInBrowser } from './bench/site-browser.ts';
const dist = process.argv[2]!;
await withSiteInBrowser(dist, async (browser, url) => {
  const page = await browser.newPage();
  page.on('pageerror', (e) => console.log('pageerror', e.message));
  page.on('response', (r) => { if (r.status() >= 400) console.log('http', r.status(), r.url()); });
  for (const query of loadQueries().filter((q) => !process.argv[3] || q.q === process.argv[3])) {
    const t0 = Date.now();
    await page.goto(`${url}/sok/?q=${encodeURIComponent(query.q)}`);
    try {
      await page.getByRole('status').filter({ hasText: 'treff' }).waitFor({ timeout: 20_000 });
    } catch { console.log('TIMEOUT', query.q, await page.locator('#search-status').textContent()); continue; }
    const ms = Date.now() - t0;
    if (ms > 3000) console.log('slow', ms, query.q);
  }
});
