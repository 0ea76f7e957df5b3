/**
 * No broken internal link or anchor anywhere in the built site. Every href, src and form action
 * in every HTML file of dist/ that points into the site (a path, or the site's own address as in
 * canonical links) must name a file that exists, and a #fragment must name an id on that page.
 * Redirect stubs count too: their target must exist. Read from disk, so it needs no server.
 */
import { test, expect } from '@playwright/test';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { walk } from '../../src/lib/walk.ts';
import { sitemapPaths } from '../support/sitemap.ts';

const dist = 'dist';
const htmlFiles = walk(dist).filter((f) => f.endsWith('.html') && !relative(dist, f).startsWith('pagefind'));
/** The site's own address, as the sitemap writes it (https://www.forebygging.no unless SITE_URL is set). */
const origin = new URL(/<loc>([^<]+)<\/loc>/.exec(readFileSync(join(dist, 'sitemap-index.xml'), 'utf8'))![1]!).origin;

const pathOf = (file: string) => `/${relative(dist, file).replace(/\\/g, '/').replace(/index\.html$/, '')}`;

/** The file a site path is served from, or undefined if there is none. */
function fileFor(path: string): string | undefined {
  const local = join(dist, decodeURIComponent(path));
  if (existsSync(local) && statSync(local).isFile()) return local;
  const index = join(local, 'index.html');
  return existsSync(index) ? index : undefined;
}

const idCache = new Map<string, Set<string>>();
function idsIn(file: string): Set<string> {
  if (!idCache.has(file)) {
    const html = readFileSync(file, 'utf8');
    const ids = [...html.matchAll(/\s(?:id|name)=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)].map((m) => m[1] ?? m[2] ?? m[3]!);
    idCache.set(file, new Set(ids));
  }
  return idCache.get(file)!;
}

/** Every address an HTML file points to: links, images, scripts, stylesheets, forms, redirects. */
function targets(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<(a|link|img|script|source|form|area|iframe)\b[^>]*>/gi)) {
    for (const a of m[0].matchAll(/\s(href|src|action)=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)) out.push((a[2] ?? a[3] ?? a[4]!).replace(/&amp;/g, '&'));
    const srcset = /\ssrcset="([^"]*)"/i.exec(m[0]);
    if (srcset) out.push(...srcset[1]!.split(',').map((part) => part.trim().split(/\s+/)[0]!).filter(Boolean));
  }
  const refresh = /<meta http-equiv="refresh" content="\d+;\s*url=([^"]+)"/i.exec(html);
  if (refresh) out.push(refresh[1]!.replace(/&amp;/g, '&'));
  return out;
}

test('every internal link, image, script, stylesheet and form action points to a file that exists', () => {
  const broken: string[] = [];
  for (const file of htmlFiles) {
    const page = pathOf(file);
    for (const target of targets(readFileSync(file, 'utf8'))) {
      if (/^(mailto|tel|data|javascript):/i.test(target)) continue;
      const url = new URL(target, origin + page);
      if (url.origin !== origin) continue;
      if (!fileFor(url.pathname)) broken.push(`${page} → ${target}`);
    }
  }
  expect(broken, broken.slice(0, 50).join('\n')).toEqual([]);
});

test('every #anchor points to an id on the page it names', () => {
  const broken: string[] = [];
  for (const file of htmlFiles) {
    const page = pathOf(file);
    for (const target of targets(readFileSync(file, 'utf8'))) {
      if (!target.includes('#') || /^(mailto|tel|data|javascript):/i.test(target)) continue;
      const url = new URL(target, origin + page);
      const fragment = decodeURIComponent(url.hash.slice(1));
      // «#/collections/…» is a route inside the form-based editor's app at /admin/, not an anchor.
      if (url.origin !== origin || fragment === '' || fragment.startsWith('/')) continue;
      const targetFile = fileFor(url.pathname);
      if (targetFile && !idsIn(targetFile).has(fragment)) broken.push(`${page} → ${target}`);
    }
  }
  expect(broken, broken.slice(0, 50).join('\n')).toEqual([]);
});

test('every address in the sitemap is a page in dist/', () => {
  const missing = sitemapPaths(dist).filter((path) => !fileFor(path));
  expect(missing).toEqual([]);
});
