/**
 * The build's index step (src/search/build/index-site.ts) with Pagefind's own program: only pages
 * marked for the search are indexed, the files beside the index are written, and a failure says in
 * Norwegian what went wrong, with Pagefind's own reason. `npm run build` hands its process over
 * to the step (src/search/build/index-handover.ts), so no Node process waits beside Pagefind.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { indexSite } from '../../src/search/build/index-site.ts';
import type { StartFile } from '../../src/search/shared/group-shards.ts';
import { FIRST_SEARCH_BYTES, loadedSlices } from '../../src/search/shared/index-budget.ts';
import { writeSliceBudgets } from '../../src/search/build/index-slices.ts';
import { indexedPages } from '../../src/search/build/fragments.ts';

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
    'sok/ordgrupper/62-61.json': JSON.stringify({ groups: [[0, ['barn', 'born']]], common: [] }),
  });
  try {
    assert.deepEqual(await indexSite(dir), { pages: 1, files: 3 });
    // A small site's word-group files are left as they are: its searches need no budget.
    const startFile = join(dir, 'sok', 'ordgrupper', '62-61.json');
    assert.equal((JSON.parse(readFileSync(startFile, 'utf8')) as StartFile).slices, undefined);
    // On a large one, they learn what the index's slices cost, and keep their groups.
    await writeSliceBudgets(dir, (await indexedPages(join(dir, 'pagefind'))).map((page) => page.bytes));
    const start = JSON.parse(readFileSync(startFile, 'utf8')) as StartFile;
    assert.deepEqual(start.groups, [[0, ['barn', 'born']]]);
    assert.ok(start.slices && start.slices.room > 0 && start.slices.room < FIRST_SEARCH_BYTES && start.slices.typical > 0, JSON.stringify(start.slices));
    // The file for «ba» has the slice «barn» lies in.
    assert.equal(loadedSlices('barn', start.slices.ranges).length, 1);
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

const handover = fileURLToPath(new URL('../../src/search/build/index-handover.ts', import.meta.url));
const finishScript = fileURLToPath(new URL('../../scripts/finish-index.ts', import.meta.url));

/** Runs the build's handover to the index step in a process of its own, as scripts/astro.ts does. */
function handOver(dir: string, env: NodeJS.ProcessEnv = {}, cacheDir?: string) {
  const code = `const { handOverToIndex } = await import(${JSON.stringify(handover)}); await handOverToIndex(${JSON.stringify(dir)}, ${JSON.stringify(finishScript)}, ${JSON.stringify(cacheDir)}); console.log('ikke overlatt');`;
  return spawnSync(process.execPath, ['--input-type=module', '-e', code], { env: { ...process.env, ...env }, encoding: 'utf8' });
}

test('the build’s process becomes the index step: Pagefind runs under a shell, and the files beside the index are written', () => {
  const dir = site({
    'artikler/bti/index.html': page('<main data-pagefind-body><h1>Bedre tverrfaglig innsats</h1><p>Kommunen samordner tiltak.</p><span hidden data-pagefind-filter="type">Artikkel</span></main>'),
    'sok/index.html': page('<main><h1>Søk</h1></main>'),
  });
  // Pagefind's program, wrapped so it reports which program started it.
  const wrapper = join(dir, 'pagefind-wrapper');
  const real = spawnSync(process.execPath, ['--input-type=module', '-e', `const { pagefindProgram } = await import(${JSON.stringify(fileURLToPath(new URL('../../src/search/build/pagefind-program.ts', import.meta.url)))}); console.log(pagefindProgram());`], { encoding: 'utf8' }).stdout.trim();
  writeFileSync(wrapper, `#!/bin/sh\necho "startet av $(cat /proc/$PPID/comm)" >&2\nexec ${JSON.stringify(real)} "$@"\n`);
  chmodSync(wrapper, 0o755);
  try {
    const run = handOver(dir, { PAGEFIND_EXTENDED_BINARY_PATH: wrapper });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stderr, /startet av sh$/m);
    assert.doesNotMatch(run.stdout, /ikke overlatt/);
    assert.match(run.stdout, /^Søkeindeks: 1 sider av 2 HTML-filer/m);
    assert.deepEqual(JSON.parse(readFileSync(join(dir, 'sok', 'filtre.json'), 'utf8')), { type: ['Artikkel'] });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the handed-over step keeps the index’s files in the build cache, and the next build reuses them', () => {
  const dir = site({
    'artikler/bti/index.html': page('<main data-pagefind-body><h1>Bedre tverrfaglig innsats</h1><p>Kommunen samordner tiltak.</p></main>'),
    'sok/index.html': page('<main><h1>Søk</h1></main>'),
  });
  const cache = `${dir}-cache`;
  try {
    const first = handOver(dir, {}, cache);
    assert.equal(first.status, 0, first.stderr);
    assert.match(first.stdout, /; 0 av \d+ indeksfiler gjenbrukt fra forrige bygg$/m);
    rmSync(join(dir, 'pagefind'), { recursive: true });
    const second = handOver(dir, {}, cache);
    assert.equal(second.status, 0, second.stderr);
    const [, reused, files] = /; (\d+) av (\d+) indeksfiler gjenbrukt/.exec(second.stdout) ?? [];
    assert.ok(Number(files) > 0 && reused === files, second.stdout);
    assert.ok(existsSync(join(dir, 'pagefind', 'pagefind-entry.json')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
  }
});

test('when Pagefind fails in the handed-over step, the build stops with its exit code and a Norwegian message', () => {
  const dir = site({ 'index.html': page('<main><h1>Ingen side er merket for søket</h1></main>') });
  try {
    const run = handOver(dir);
    assert.equal(run.status, 1);
    assert.match(run.stderr, /not able to build an index/);
    assert.match(run.stderr, /^Pagefind kunne ikke bygge søkeindeksen \(avsluttet med kode 1\)\.$/m);
    assert.ok(!existsSync(join(dir, 'sok', 'datoer.txt')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
