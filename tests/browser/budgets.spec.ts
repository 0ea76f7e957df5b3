/**
 * The page-weight budgets of the architecture brief, checked on every page of the built site
 * (dist/), read from disk: no JavaScript on reading pages, at most 20 KB of CSS per page and a
 * median page whose HTML fits in the first round trip (14 KB), all gzip-compressed as a host
 * sends them. The benchmark (npm run bench) reports the same figures for 10 000 pages.
 */
import { test, expect } from '@playwright/test';
import { median, pageWeights } from '../../scripts/lib/page-weight.ts';

const weights = pageWeights('dist');
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

test('reading pages load and inline no JavaScript; only the search page has a script', () => {
  const withJs = weights.filter((w) => w.scripts.length > 0).map((w) => `${w.path}: ${w.scripts.join(', ')}`);
  expect(withJs.filter((line) => !line.startsWith('/sok/:'))).toEqual([]);
  expect(weights.find((w) => w.path === '/sok/')?.jsGzip).toBeGreaterThan(0);
});

test('no page links more than 20 KB of CSS (gzip)', () => {
  const heavy = weights.filter((w) => w.cssGzip > 20 * 1024).map((w) => `${w.path}: ${kb(w.cssGzip)}`);
  expect(heavy).toEqual([]);
  // A page with no stylesheet at all would pass the budget while looking broken.
  expect(weights.filter((w) => w.cssGzip === 0).map((w) => w.path)).toEqual([]);
});

test('every page links the same one stylesheet, so a reader downloads the CSS once for the whole site', () => {
  const sheets = new Set(weights.map((w) => w.stylesheets.join(' ')));
  expect([...sheets]).toHaveLength(1);
  expect(weights[0]?.stylesheets).toHaveLength(1);
});

test('the median page is at most 14 KB of HTML (gzip), so it arrives in the first round trip', () => {
  const htmlMedian = median(weights.map((w) => w.htmlGzip));
  expect(htmlMedian, `median ${kb(htmlMedian)}`).toBeLessThanOrEqual(14 * 1024);
});
