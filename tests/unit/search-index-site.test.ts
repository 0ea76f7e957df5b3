/**
 * The build's index step (src/search/build/index-site.ts) with Pagefind's own program: only pages
 * marked for the search are indexed, the files beside the index are written, and a failure says in
 * Norwegian what went wrong, with Pagefind's own reason.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { indexSite } from '../../src/search/build/index-site.ts';

function site(pages: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'sokeindeks-'));
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), html);
  }
  return dir;
}

const page = (main: string) => `<!doctype html><html lang="nb"><head><title>x</title></head><body><header>Meny Søk</header>${main}</body></html>`;

test('only pages marked for the search are indexed, and the date order and filters are written beside the index', async () => {
  const dir = site({
    'artikler/bti/index.html': page('<main data-pagefind-body><h1>Bedre tverrfaglig innsats</h1><p>Kommunen samordner tiltak for barn.</p><span hidden data-pagefind-filter="type">Artikkel</span></main>'),
    'artikler/index.html': page('<main><h1>Artikler</h1><p>Bedre tverrfaglig innsats</p></main>'),
    'sok/index.html': page('<main><h1>Søk</h1></main>'),
  });
  try {
    assert.deepEqual(await indexSite(dir), { pages: 1, files: 3 });
    assert.ok(existsSync(join(dir, 'pagefind', 'pagefind.js')));
    assert.equal(readFileSync(join(dir, 'sok', 'datoer.txt'), 'utf8').trim().split('\n').length, 1);
    assert.deepEqual(JSON.parse(readFileSync(join(dir, 'sok', 'filtre.json'), 'utf8')), { type: ['Artikkel'] });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a site Pagefind cannot index stops with a Norwegian message and Pagefind’s reason', async () => {
  const dir = site({ 'index.html': page('<main><h1>Ingen side er merket for søket</h1></main>') });
  try {
    await assert.rejects(indexSite(dir), (error: Error) => {
      assert.match(error.message, /^Pagefind kunne ikke bygge søkeindeksen \(avsluttet med kode 1\)/);
      assert.match(error.message, /not able to build an index/);
      return true;
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
