/**
 * Screenshots of every page template at a phone, tablet and desk width, for looking at a layout
 * change as a reader would. Serves dist/ on a loopback port, so build first:
 *   npm run build && npm run screenshots -- [out-dir] [--full]
 * Writes <out-dir>/<template>-<width>.png (default test-results/screenshots/); --full takes the
 * whole page instead of the first screen.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './lib/chromium.ts';
import { serveStatic } from './bench/static-server.ts';

/** One address per template: each layout and page kind the site has. */
const templates: Record<string, string> = {
  forside: '/',
  'tema-liste': '/tema/',
  tema: '/tema/tidlig-intervensjon/',
  'artikler-liste': '/artikler/',
  artikkel: '/artikler/risiko-og-beskyttelsesfaktorer/',
  'praksis-liste': '/praksis/',
  praksis: '/praksis/tidlig-inn-evenes-tjeldsund-skanland-2016/',
  'veiledere-liste': '/veiledere/',
  veileder: '/veiledere/sammen-om-mestring/',
  kapittel: '/veiledere/sammen-om-mestring/samtalemetoder-og-motiverende-intervju/',
  'veileder-utskrift': '/veiledere/sammen-om-mestring/skriv-ut/',
  'planlegging-liste': '/planlegging/',
  planveileder: '/planlegging/planprosessen/',
  plansteg: '/planlegging/planprosessen/planprogram/',
  'sporsmal-liste': '/planlegging/sporsmal-og-svar/',
  sporsmal: '/planlegging/sporsmal-og-svar/hvem-bor-delta-i-planarbeidet/',
  'verktoy-liste': '/verktoy/',
  verktoy: '/verktoy/bedre-tverrfaglig-innsats/',
  'tidlig-intervensjon': '/tidlig-intervensjon/',
  'ordbok-liste': '/ordbok/',
  ordbok: '/ordbok/tidlig-intervensjon/',
  'aktuelt-liste': '/aktuelt/',
  aktuelt: '/aktuelt/nytt-felles-nettsted/',
  'arrangementer-liste': '/arrangementer/',
  arrangement: '/arrangementer/dialogmote-rus-psykisk-helse-nordmore-2022/',
  'tilskudd-liste': '/tilskudd/',
  tilskudd: '/tilskudd/kommunalt-rusarbeid-ny-innretning-more-og-romsdal-2024/',
  sok: '/sok/?q=tidlig%20intervensjon',
  'om-liste': '/om/',
  om: '/om/tilgjengelighet/',
  '404': '/404.html',
};

const args = process.argv.slice(2);
const full = args.includes('--full');
const out = args.find((a) => !a.startsWith('--')) ?? 'test-results/screenshots';
const only = process.env.TEMPLATES?.split(',');
const widths = (process.env.WIDTHS ?? '375,768,1280').split(',').map(Number);
mkdirSync(out, { recursive: true });

const { server, url } = await serveStatic('dist');
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
try {
  for (const [name, path] of Object.entries(templates)) {
    if (only && !only.includes(name)) continue;
    for (const width of widths) {
      const page = await browser.newPage({ viewport: { width, height: width < 600 ? 740 : 900 } });
      const response = await page.goto(new URL(path, url).href, { waitUntil: 'networkidle' });
      if (!response || (response.status() >= 400 && name !== '404')) console.warn(`${path}: status ${response?.status()}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      await page.screenshot({ path: join(out, `${name}-${width}.png`), fullPage: full });
      console.log(`${name}-${width}.png${overflow > 0 ? `  (rulles ${overflow} px sidelengs)` : ''}`);
      await page.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
