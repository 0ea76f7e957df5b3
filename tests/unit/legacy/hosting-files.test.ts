import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashesInHtml, mergeHashes } from '../../../src/hosting/csp-hashes.ts';
import { astroCsp, cspHeader, headerOnlyDirectives } from '../../../src/hosting/security-headers.ts';
import { headersFile, nginxHeaders } from '../../../src/hosting/header-files.ts';
import { parseInventory } from '../../../src/legacy/inventory.ts';
import { isRedirectPage, livePages } from '../../../src/legacy/live.ts';
import { writeRedirectPages } from '../../../src/legacy/redirect-pages.ts';
import { redirectsFile } from '../../../src/legacy/redirects-file.ts';
import { origin, tables } from './fixture.ts';

const meta = (content: string) => `<html><head><meta http-equiv="content-security-policy" content="${content}"></head></html>`;

test("the header policy carries every hash Astro put in the pages' meta policies", () => {
  const a = hashesInHtml(meta("default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-AAA='; style-src 'self' 'sha256-BBB=';"));
  const b = hashesInHtml(meta("script-src 'self' 'sha256-CCC='; style-src 'self' 'sha256-BBB=';"));
  const merged = mergeHashes([a, b, hashesInHtml('<html></html>')]);
  assert.deepEqual(merged, { script: ["'sha256-AAA='", "'sha256-CCC='"], style: ["'sha256-BBB='"] });
  const csp = cspHeader(merged);
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval' 'sha256-AAA=' 'sha256-CCC='/);
  assert.match(csp, /style-src 'self' 'sha256-BBB='/);
  assert.match(csp, /frame-ancestors 'none'/);
  assert.match(csp, /worker-src 'self' blob:/);
  assert.doesNotMatch(csp, /https?:|unsafe-inline/);
});

test('directives that browsers reject in a meta policy are kept out of the one Astro writes', () => {
  for (const directive of headerOnlyDirectives) {
    const name = directive.split(' ')[0]!;
    assert.ok(!(astroCsp.directives ?? []).some((d) => d.startsWith(name)), name);
  }
});

test('_headers and the nginx include carry the same security headers', () => {
  const csp = cspHeader({ script: [], style: [] });
  const netlify = headersFile(csp);
  const nginx = nginxHeaders(csp);
  for (const name of ['Content-Security-Policy', 'X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy', 'Strict-Transport-Security']) {
    assert.match(netlify, new RegExp(`^  ${name}: `, 'm'));
    assert.match(nginx, new RegExp(`^add_header ${name} ".+" always;$`, 'm'));
  }
  assert.match(netlify, /^\/_astro\/\*\n {2}Cache-Control: public, max-age=31536000, immutable$/m);
});

test('_redirects forces inventory rows over the static pages and gives old hosts a catch-all', () => {
  const { rows } = parseInventory(`old_url,new_path
https://www.forebygging.no/Ordbok/Q-A/Universelle-tiltak/,/ordbok/universelle-tiltak/
https://www.tidligintervensjon.no/,/tidlig-intervensjon/
`);
  const { text, counts } = redirectsFile(tables(), rows, origin);
  assert.match(text, /^\/Ordbok\/Q-A\/Universelle-tiltak {2}\/ordbok\/universelle-tiltak\/ {2}301!$/m);
  assert.match(text, /^\/ordbok\/q-a\/universelle-tiltak\/ {2}\/ordbok\/universelle-tiltak\/ {2}301!$/m);
  assert.match(text, /^https:\/\/www\.tidligintervensjon\.no\/ {2}https:\/\/www\.forebygging\.no\/tidlig-intervensjon\/ {2}301!$/m);
  assert.match(text, /^http:\/\/kommunetorget\.no\/\* {2}https:\/\/www\.forebygging\.no\/planlegging\/ {2}301!$/m);
  // The root rule comes before the catch-all, which would otherwise take it.
  assert.ok(text.indexOf('https://www.tidligintervensjon.no/  ') < text.indexOf('https://www.tidligintervensjon.no/*'));
  assert.ok(counts.dynamic <= 100 && counts.static <= 2000);
});

test('on a host without redirects, the old address is a page that sends the browser on', () => {
  const dist = mkdtempSync(join(tmpdir(), 'legacy-pages-'));
  mkdirSync(join(dist, 'ordbok/universelle-tiltak'), { recursive: true });
  writeFileSync(join(dist, 'ordbok/universelle-tiltak/index.html'), '<html><head><title>Universelle tiltak – Forebygging.no</title></head></html>');
  const { rows } = parseInventory(`old_url,new_path
https://www.forebygging.no/Ordbok/Q-A/Universelle-tiltak/,/ordbok/universelle-tiltak/
https://kommunetorget.no/Temaomrader/,/ordbok/universelle-tiltak/
`);
  const written = writeRedirectPages(dist, rows, origin);
  assert.deepEqual(written.sort(), ['/Ordbok/Q-A/Universelle-tiltak/', '/ordbok/q-a/universelle-tiltak/']);
  const html = readFileSync(join(dist, 'Ordbok/Q-A/Universelle-tiltak/index.html'), 'utf8');
  assert.match(html, /<meta http-equiv="refresh" content="0; url=\/ordbok\/universelle-tiltak\/">/);
  assert.match(html, /<a href="\/ordbok\/universelle-tiltak\/">Universelle tiltak<\/a>/);
  assert.match(html, /<meta name="robots" content="noindex">/);
  assert.doesNotMatch(html, /<script|style=/);
  assert.ok(isRedirectPage(html));
  assert.ok(!existsSync(join(dist, 'Temaomrader')), 'old hosts get no pages on the new host');
  // The redirect pages are not counted as live pages.
  assert.deepEqual(livePages(dist).map((p) => p.path), ['/ordbok/universelle-tiltak/']);
});
