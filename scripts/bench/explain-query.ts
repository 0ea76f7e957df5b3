/**
 * `node scripts/bench/explain-query.ts <dist> <query> [<query> …]`: lists every file a Pagefind
 * search downloads for each query on a fresh page, with its size, so the bench report's «fordelt»
 * row can be traced back to single index chunks.
 */
import { withSiteInBrowser } from './site-browser.ts';

const [dist, ...queries] = process.argv.slice(2);
if (!dist || queries.length === 0) {
  console.error('Bruk: node scripts/bench/explain-query.ts <dist-mappe> <søk> [<søk> …]');
  process.exit(2);
}
await withSiteInBrowser(dist, async (browser, url) => {
  for (const query of queries) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const seen: Promise<string>[] = [];
    context.on('requestfinished', (request) => {
      const path = new URL(request.url()).pathname;
      if (!path.startsWith('/pagefind/') && !path.startsWith('/sok/')) return;
      seen.push(request.sizes().then((s) => `${((s.responseBodySize + s.responseHeadersSize) / 1024).toFixed(1).padStart(7)} KB  ${path}`));
    });
    await page.goto(`${url}/sok/?q=${encodeURIComponent(query)}`);
    await page.getByRole('region', { name: 'Søkeresultater' }).getByRole('link').first().waitFor({ timeout: 30_000 });
    await page.waitForTimeout(1500);
    const lines = await Promise.all(seen);
    const total = lines.reduce((sum, line) => sum + Number(line.trim().split(' ')[0]), 0);
    console.log(`\n«${query}»: ${total.toFixed(1)} KB i ${lines.length} filer\n${lines.sort().reverse().join('\n')}`);
    await context.close();
  }
});
