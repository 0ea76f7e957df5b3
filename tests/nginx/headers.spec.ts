/**
 * The headers a visitor's browser gets from nginx: security headers on every response, the CSP
 * built on Astro's hashes, compression, caching, no cookies, nothing from other sites.
 */
import { test, expect } from '@playwright/test';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { hashesInHtml } from '../../src/hosting/csp-hashes.ts';
import { dist, get, newHost } from './support.ts';

/** The headers dist/_headers sets on every path: what Netlify and Cloudflare send too. */
function headersForAll(): Map<string, string> {
  const text = readFileSync(join(dist, '_headers'), 'utf8');
  const block = /^\/\*\n((?: {2}.+\n)+)/m.exec(text)![1]!;
  return new Map(block.trim().split('\n').map((line) => line.trim().split(/: (.*)/s).slice(0, 2) as [string, string]));
}

function files(dir: string, ext: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full, ext) : name.endsWith(ext) ? [full] : [];
  });
}

// The largest stylesheet: nginx leaves files under gzip_min_length (512 bytes) uncompressed on
// purpose, and some components' stylesheets are that small.
const cssFile = `/_astro/${readdirSync(join(dist, '_astro'))
  .filter((f) => f.endsWith('.css'))
  .sort((a, b) => statSync(join(dist, '_astro', b)).size - statSync(join(dist, '_astro', a)).size)[0]}`;

test('every kind of response carries the security headers', async () => {
  const security = headersForAll();
  for (const name of ['Content-Security-Policy', 'X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy', 'Strict-Transport-Security']) {
    expect(security.has(name), name).toBe(true);
  }
  const responses = await Promise.all([
    get(newHost, '/'),
    get(newHost, '/sok/'),
    get(newHost, cssFile),
    get(newHost, '/pagefind/pagefind.js'),
    get(newHost, '/Ordbok/'),
    get(newHost, '/finnes-ikke/'),
    get('www.kommunetorget.no', '/Temaomrader/'),
    get('forebygging.no', '/'),
  ]);
  expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 200, 301, 404, 301, 301]);
  for (const reply of responses) {
    for (const [name, value] of security) expect(reply.headers[name.toLowerCase()], name).toBe(value);
    expect(reply.headers['set-cookie']).toBeUndefined();
    expect(reply.headers['server']).toBe('nginx');
  }
});

test("the CSP allows what Astro hashed on every page, and nothing from elsewhere", async () => {
  const csp = String((await get(newHost, '/')).headers['content-security-policy']);
  const directives = new Map(csp.split(/;\s*/).map((d) => { const [name, ...sources] = d.split(' '); return [name!, sources]; }));
  expect(directives.get('default-src')).toEqual(["'self'"]);
  expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
  expect(directives.get('script-src')).toContain("'wasm-unsafe-eval'");
  expect(directives.get('worker-src')).toEqual(["'self'", 'blob:']);
  expect(directives.get('connect-src')).toEqual(["'self'"]);
  expect(csp).not.toMatch(/unsafe-inline|https?:|\*/);
  for (const file of files(dist, '.html')) {
    const page = hashesInHtml(readFileSync(file, 'utf8'));
    for (const hash of page.script) expect(directives.get('script-src'), file).toContain(hash);
    for (const hash of page.style) expect(directives.get('style-src'), file).toContain(hash);
  }
});

test('no page loads anything from another site', () => {
  // Links to other sites are fine; scripts, styles, images, frames and fonts from them are not.
  const loads = /<(?:script|img|iframe|source|video|audio|embed|object)\b[^>]*\s(?:src|srcset|data)="(?:https?:)?\/\/|<link\b(?=[^>]*\srel="(?:stylesheet|preload|modulepreload|icon|manifest|prefetch)")[^>]*\shref="(?:https?:)?\/\//i;
  const offenders = files(dist, '.html').filter((file) => loads.test(readFileSync(file, 'utf8')));
  const css = files(dist, '.css').filter((file) => /url\(\s*["']?(?:https?:)?\/\//i.test(readFileSync(file, 'utf8')));
  expect([...offenders, ...css]).toEqual([]);
});

test('text is compressed, hashed assets are cached for a year and pages are revalidated', async () => {
  const gzip = { 'accept-encoding': 'gzip' };
  const [page, css, asset] = await Promise.all([get(newHost, '/', gzip), get(newHost, cssFile, gzip), get(newHost, cssFile)]);
  expect(page.headers['content-encoding']).toBe('gzip');
  expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
  expect(page.headers['cache-control']).toBe('no-cache');
  expect(css.headers['content-encoding']).toBe('gzip');
  expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(asset.headers['content-type']).toBe('text/css; charset=utf-8');
});

test('the files for hosting and for nginx itself are not served', async () => {
  for (const path of ['/_nginx/legacy.conf', '/_nginx/security-headers.conf', '/_redirects', '/_headers']) {
    expect((await get(newHost, path)).status, path).toBe(404);
  }
});

test('the editor at /admin/ gets its own policy, and only that one', async () => {
  const [page, bundle, reading] = await Promise.all([get(newHost, '/admin/'), get(newHost, '/admin/decap-cms.js'), get(newHost, '/')]);
  expect([page.status, bundle.status]).toEqual([200, 200]);
  for (const reply of [page, bundle]) {
    const csp = String(reply.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self' 'unsafe-eval'");
    expect(csp).toContain('https://api.github.com');
    expect(csp, 'one policy, not the site-wide one as well').not.toContain('wasm-unsafe-eval');
    expect(reply.headers['cross-origin-opener-policy']).toBe('same-origin-allow-popups');
  }
  expect(String(reading.headers['content-security-policy'])).not.toContain("'unsafe-eval'");
});
