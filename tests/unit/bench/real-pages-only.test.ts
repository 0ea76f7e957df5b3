import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { markedAsReal, pathOf, REAL_ONLY } from '../../../scripts/bench/real-pages-only.ts';

test('a real page is marked with the filter value only real pages have, as the first thing the index reads', () => {
  const page = '<main id="main" class="page" tabindex="-1" data-pagefind-body><nav>…</nav><h1>Barn som pårørende</h1></main>';
  const marked = markedAsReal(page);
  assert.equal(marked, `<main id="main" class="page" tabindex="-1" data-pagefind-body><span data-pagefind-filter="${REAL_ONLY.filter}:${REAL_ONLY.value}"></span><nav>…</nav><h1>Barn som pårørende</h1></main>`);
});

test('a page the index does not read (a list, a print page) is left as it is', () => {
  const list = '<main id="main" class="page" tabindex="-1"><h1>Artikler</h1></main>';
  assert.equal(markedAsReal(list), list);
});

test('a page file is known by the address path the benchmark lists its synthetic pages by', () => {
  assert.equal(pathOf('/tmp/dist', join('/tmp/dist', 'artikler', 'barn-som-parorende', 'index.html')), '/artikler/barn-som-parorende/');
  assert.equal(pathOf('/tmp/dist', join('/tmp/dist', 'index.html')), '/');
});
