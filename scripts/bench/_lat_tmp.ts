import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../../tests/support/chromium.ts';
import { serveStatic } from './static-server.ts';
const queries = ['bti', 'tidleg intervensjon', 'skjenkekontroll', 'rusmiddelpolitisk handlingsplan', 'barn som pårørende', 'ungdata', 'tilskudd', 'motiverende intervju'];
const { server, url } = await serveStatic(process.argv[2]!);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
const page = await browser.newPage({ viewport: { width: 375, height: 740 } });
const cdp = await page.context().newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
for (const q of queries) {
  await page.goto(`${url}/sok/`);
  await page.locator('form[data-ready]').waitFor({ state: 'attached' });
  const input = page.getByLabel('Søk i kunnskapsbanken').last();
  await input.pressSequentially(q.slice(0, -1));
  await page.waitForTimeout(400);
  const t0 = await page.evaluate(() => performance.now());
  const started = Date.now();
  await input.press(q.slice(-1));
  await page.getByRole('status').filter({ hasText: `«${q}»` }).waitFor();
  const total = Date.now() - started;
  const t = await page.evaluate(() => (window as any).__t as [string, number][]);
  console.log(q.padEnd(32), total, 'ms |', t.map(([k, v]) => `${k} +${Math.round(v - t0)}`).join(' '));
}
await browser.close(); server.close();
