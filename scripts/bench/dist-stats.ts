/** Size figures of a built site: all of dist/, the search index, and per-page weight. */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { median, pageWeights, percentile } from '../lib/page-weight.ts';
import { walk } from '../../src/lib/walk.ts';

export interface Spread {
  median: number;
  p95: number;
  max: number;
}

export interface DistStats {
  htmlPages: number;
  distBytes: number;
  distFiles: number;
  pagefindBytes: number;
  pagefindFiles: number;
  htmlGzip: Spread;
  cssGzip: Spread;
  jsGzip: Spread;
  /** Pages that load or inline any JavaScript, as addresses. */
  pagesWithJs: string[];
  /** The heaviest pages by HTML, so a report shows where the weight is. */
  heaviest: { path: string; htmlGzip: number }[];
}

const spread = (values: number[]): Spread => ({ median: median(values), p95: percentile(values, 95), max: Math.max(0, ...values) });

export function distStats(distDir: string): DistStats {
  const files = walk(distDir);
  const pagefind = walk(join(distDir, 'pagefind'));
  const size = (list: string[]) => list.reduce((sum, f) => sum + statSync(f).size, 0);
  const weights = pageWeights(distDir);
  return {
    htmlPages: weights.length,
    distBytes: size(files),
    distFiles: files.length,
    pagefindBytes: size(pagefind),
    pagefindFiles: pagefind.length,
    htmlGzip: spread(weights.map((w) => w.htmlGzip)),
    cssGzip: spread(weights.map((w) => w.cssGzip)),
    jsGzip: spread(weights.map((w) => w.jsGzip)),
    pagesWithJs: weights.filter((w) => w.scripts.length > 0).map((w) => w.path),
    heaviest: [...weights].sort((a, b) => b.htmlGzip - a.htmlGzip).slice(0, 5).map(({ path, htmlGzip }) => ({ path, htmlGzip })),
  };
}
