/**
 * `npm run bench:latency [-- dist-folder]`: how long a reader waits for results while typing, on a
 * mid-range phone profile (Chromium with the CPU slowed 4× and a 375 px viewport). For each query
 * the search page is opened, the query typed one key at a time, and the time from the last key
 * to the announced result count is taken. Reports the median and the slowest. The page's own
 * 80 ms pause after the last key is included, as the reader experiences it.
 */
import { chromium } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, chromiumPath } from '../../tests/support/chromium.ts';
import { serveStatic } from './static-server.ts';

const queries = ['bti', 'tidleg intervensjon', 'skjenkekontroll', 'rusmiddelpolitisk handlingsplan', 'barn som pårørende', 'ungdata', 'tilskudd', 'motiverende intervju'];
const dist = process.argv[2] ?? fileURLToPath(new URL('../../dist', import.meta.url));

const { server, url } = await serveStatic(dist);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
try {
  const page = await browser.newPage({ viewport: { width: 375, height: 740 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const times: number[] = [];
  for (const q of queries) {
    await page.goto(`${url}/sok/`);
    await page.locator('form[data-ready]').waitFor({ state: 'attached' });
    const input = page.getByLabel('Søk i kunnskapsbanken').last();
    await input.pressSequentially(q.slice(0, -1));
    await page.waitForTimeout(400);
    const started = Date.now();
    await input.press(q.slice(-1));
    await page.getByRole('status').filter({ hasText: `«${q}»` }).waitFor();
    times.push(Date.now() - started);
  }
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  console.log(queries.map((q, i) => `${q}: ${times[i]} ms`).join('\n'));
  console.log(`Fra siste tastetrykk til treff (CPU 4× langsommere, 375 px): median ${median} ms, tregeste ${sorted.at(-1)} ms`);
} finally {
  await browser.close();
  server.close();
}
