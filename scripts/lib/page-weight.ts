/**
 * What each built page costs a reader: gzip bytes of its HTML, of the stylesheets it links and of
 * the JavaScript it loads or inlines. Used by the budget tests and by the benchmark. Gzip at the
 * default level (6), which is what static hosts and CDNs typically send.
 */
import { existsSync, readFileSync } from 'node:fs';
import { builtPages } from './built-site.ts';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
  /** Address of the page, such as /artikler/x/. */
  path: string;
  htmlGzip: number;
  cssGzip: number;
  jsGzip: number;
  /** Addresses of the stylesheets the page links. */
  stylesheets: string[];
  /** Addresses of scripts the page loads, plus «inline» for each inline script. */
  scripts: string[];
}

export const gzipBytes = (data: string | Buffer) => gzipSync(data).length;

/** Attribute values of the tags matching `tag` that have `attr`, such as every <link rel=stylesheet href>. */
function attrs(html: string, tag: RegExp, attr: string): string[] {
  const out: string[] = [];
  for (const match of html.matchAll(tag)) {
    const value = new RegExp(`\\s${attr}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(match[0]);
    if (value) out.push(value[1] ?? value[2] ?? value[3]!);
  }
  return out;
}

export function pageWeights(distDir: string): PageWeight[] {
  const assetCache = new Map<string, number>();
  const assetGzip = (href: string) => {
    const clean = href.split(/[?#]/)[0]!;
    if (!clean.startsWith('/')) return 0; // Only the site's own files count; there are no others.
    if (!assetCache.has(clean)) {
      const file = join(distDir, clean);
      assetCache.set(clean, existsSync(file) ? gzipBytes(readFileSync(file)) : 0);
    }
    return assetCache.get(clean)!;
  };
  return builtPages(distDir).map(({ path, html }) => {
    const stylesheets = attrs(html, /<link\b[^>]*\brel=["']?stylesheet["']?[^>]*>/gi, 'href');
    const external = [
      ...attrs(html, /<script\b[^>]*\bsrc=[^>]*>/gi, 'src'),
      ...attrs(html, /<link\b[^>]*\brel=["']?modulepreload["']?[^>]*>/gi, 'href'),
    ];
    // Inline scripts that run: JSON data blocks (type="application/ld+json") are not code.
    const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
      .filter(([, attributes, body]) => !/\bsrc=/i.test(attributes!) && !/type=["']?application\/(ld\+)?json/i.test(attributes!) && body!.trim() !== '')
      .map(([, , body]) => body!);
    return {
      path,
      htmlGzip: gzipBytes(html),
      cssGzip: stylesheets.reduce((sum, href) => sum + assetGzip(href), 0),
      stylesheets,
      jsGzip: external.reduce((sum, src) => sum + assetGzip(src), 0) + inline.reduce((sum, body) => sum + gzipBytes(body), 0),
      scripts: [...external, ...inline.map(() => 'inline')],
    };
  });
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return 0;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
