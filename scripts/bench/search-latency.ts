/**
 * `npm run bench:latency [-- dist-folder] [-- --runs N] [-- --questions]`: how long a reader waits
 * for results while typing, on a mid-range phone profile (Chromium with the CPU slowed 4× and a 375 px
 * viewport). For each query the search page is opened, the query typed one key at a time, and
 * the time taken in the page itself, from the last key's keydown event to the frame after the
 * result count is announced (the results are drawn before the count). The last key comes after a
 * pause of 400 ms; the page searches at once then, or, if the search for the text before it is
 * still running, as soon as that one has stopped at its next step (src/search/browser/search-page.ts).
 * Any wait is included, as the reader experiences it.
 *
 * Timing inside the page leaves out Playwright's own round trips (sending the key press and
 * polling for the text), which added about 100 ms to every figure when measured from outside.
 *
 * Run it on the site (`npm run build` first) and on the 10 000-page benchmark corpus
 * (`npm run bench -- --sizes 10000 --keep`, then `npm run bench:latency -- bench/work/site-10000/dist`).
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { withSiteInBrowser } from './site-browser.ts';
import { loadQueries, subsetOf } from '../lib/search-eval.ts';

/** What a search may take on a mid-range phone (the budget from issue 14, docs/performance.md). */
const BUDGET_MS = 300;

const typical = ['bti', 'tidleg intervensjon', 'skjenkekontroll', 'rusmiddelpolitisk handlingsplan', 'barn som pårørende', 'ungdata', 'tilskudd', 'motiverende intervju', 'tverfaglig samarbeid', 'pårørnde', 'hvordan lage rusmiddelpolitisk handlingsplan'];
const { values, positionals } = parseArgs({ options: { runs: { type: 'string', default: '1' }, questions: { type: 'boolean', default: false } }, allowPositionals: true });
// --questions: the whole questions of the public query set instead (37, «hva gjør kommunen når et
// skjenkested bryter reglene»), the slowest searches on a large site.
const queries = values.questions ? loadQueries().filter((q) => subsetOf(q) === 'spørsmål').map((q) => q.q) : typical;
const runs = Math.max(1, Number(values.runs) || 1);
const dist = positionals[0] ?? fileURLToPath(new URL('../../dist', import.meta.url));

await withSiteInBrowser(dist, async (browser, url) => {
  const page = await browser.newPage({ viewport: { width: 375, height: 740 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const times = new Map<string, number[]>(queries.map((q) => [q, []]));
  for (let run = 0; run < runs; run++) {
    for (const q of queries) {
      await page.goto(`${url}/sok/`);
      await page.locator('form[data-ready]').waitFor({ state: 'attached' });
      const input = page.getByLabel('Søk i kunnskapsbanken').last();
      await input.pressSequentially(q.slice(0, -1));
      await page.waitForTimeout(400);
      // Listen for the last key and for the announcement before pressing it.
      await page.evaluate((query) => {
        const status = document.getElementById('search-status')!;
        const w = window as unknown as { latency: Promise<number> };
        w.latency = new Promise((resolve) => {
          let keyAt = 0;
          document.addEventListener('keydown', (e) => (keyAt = e.timeStamp), { capture: true, once: true });
          const observer = new MutationObserver(() => {
            if (!status.textContent?.includes(`«${query}»`)) return;
            observer.disconnect();
            // The next frame shows what was drawn; the timer after it runs once it is on screen.
            requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - keyAt)));
          });
          observer.observe(status, { childList: true, characterData: true, subtree: true });
        });
      }, q);
      await input.press(q.slice(-1));
      const ms = await page.evaluate(() => (window as unknown as { latency: Promise<number> }).latency);
      times.get(q)!.push(Math.round(ms));
    }
  }
  const all = [...times.values()].flat().sort((a, b) => a - b);
  const median = all[Math.floor(all.length / 2)]!;
  console.log(queries.map((q) => `${q}: ${times.get(q)!.join(', ')} ms`).join('\n'));
  const slow = all.filter((ms) => ms > BUDGET_MS).length;
  console.log(`Fra siste tastetrykk til treffene vises (CPU 4× langsommere, 375 px, ${runs} runde${runs > 1 ? 'r' : ''}): median ${median} ms, tregeste ${all.at(-1)} ms, ${slow} av ${all.length} over ${BUDGET_MS} ms`);
});
