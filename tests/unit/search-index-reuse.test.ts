/**
 * The index's files kept between builds (src/search/build/index-reuse.ts): a build after a change
 * lets Pagefind skip the files it wrote last time, and the index it leaves is the one a build from
 * nothing writes, file for file; a cached file whose name the new index gives to other content is
 * never served; and a cache list naming other paths copies nothing outside the index's folders.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { indexSite } from '../../src/search/build/index-site.ts';
import { pagefindMeta } from '../../src/search/build/pagefind-meta.ts';
import { restoreIndexFiles } from '../../src/search/build/index-reuse.ts';

const page = (title: string, text: string) =>
  `<!doctype html><html lang="nb"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>${text}</p><span hidden data-pagefind-filter="type">Artikkel</span></main></body></html>`;

/** A small site: three articles of different lengths, and the search page. */
const pages: Record<string, string> = {
  'sok/index.html': '<!doctype html><html lang="nb"><head><title>Søk</title></head><body><main><h1>Søk</h1></main></body></html>',
  'artikler/bti/index.html': page('Bedre tverrfaglig innsats', 'Kommunen samordner tiltak for barn og unge.'),
  'artikler/skjenkekontroll/index.html': page('Skjenkekontroll', 'Kommunen kontrollerer skjenkestedene etter alkoholloven, og kan gi prikker når reglene brytes.'),
  'artikler/ungdata/index.html': page('Ungdata', 'Ungdataundersøkelsen viser hvordan ungdom i kommunen har det, og brukes i planarbeidet.'),
};

function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'sokeindeks-gjenbruk-'));
  for (const [path, html] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, 'dist', path)), { recursive: true });
    writeFileSync(join(dir, 'dist', path), html);
  }
  return dir;
}

/** Every file under `dir`, by path, with its content. */
function tree(dir: string): Map<string, string> {
  const files = (readdirSync(dir, { recursive: true, withFileTypes: true }) as { name: string; parentPath: string; isFile(): boolean }[]).filter((d) => d.isFile());
  return new Map(files.map((d) => [join(d.parentPath, d.name).slice(dir.length + 1), readFileSync(join(d.parentPath, d.name), 'base64')]));
}

/** The index a build from nothing writes for `files`. */
async function freshIndex(files: Record<string, string>): Promise<Map<string, string>> {
  return (await freshBuild(files)).index;
}

/** The index a build from nothing writes for `files`, and the files it keeps for the next build, by Pagefind's names. */
async function freshBuild(files: Record<string, string>): Promise<{ index: Map<string, string>; cached: Map<string, string> }> {
  const dir = site(files);
  try {
    await indexSite(join(dir, 'dist'), join(dir, 'cache'));
    return { index: tree(join(dir, 'dist', 'pagefind')), cached: tree(join(dir, 'cache')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The site after an editor's change: one article gets a new sentence. */
const changed = { ...pages, 'artikler/ungdata/index.html': page('Ungdata', 'Ungdataundersøkelsen viser hvordan ungdom i kommunen har det, og brukes i planarbeidet. Resultatene drøftes med ungdomsrådet.') };

test('a build after a change reuses the index’s files from the last one and leaves the index a build from nothing writes', async () => {
  const dir = site(pages);
  const dist = join(dir, 'dist');
  const cache = join(dir, '.cache', 'pagefind');
  try {
    const first = await indexSite(dist, cache);
    assert.equal(first.reuse?.reused, 0);
    // As in CI: dist/ is gone, the cache is kept, and one article has changed.
    rmSync(dist, { recursive: true });
    for (const [path, html] of Object.entries(changed)) {
      mkdirSync(dirname(join(dist, path)), { recursive: true });
      writeFileSync(join(dist, path), html);
    }
    const second = await indexSite(dist, cache);
    assert.equal(second.pages, 3);
    assert.ok(second.reuse && second.reuse.reused > 0 && second.reuse.reused < second.reuse.files, JSON.stringify(second.reuse));
    // The same files as a build from nothing, byte for byte: none of the first build's left over.
    assert.deepEqual(tree(join(dist, 'pagefind')), await freshIndex(changed));
    // The cache now holds this index's files for the next build: the slices and filters by their
    // names, the pages' fragments by the names Pagefind gives them, not the short ones they are
    // served by (src/search/build/index-page-names.ts).
    const index = tree(join(dist, 'pagefind'));
    const kept = tree(cache);
    for (const [file, content] of kept) if (/^(index|filter)\//.test(file)) assert.equal(index.get(file), content, file);
    const fragments = (files: Map<string, string>) => [...files].filter(([file]) => file.startsWith('fragment/')).map(([, content]) => content).sort();
    assert.deepEqual(fragments(kept), fragments(index));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a cached file with the name a new page or slice gets, but other content, is replaced rather than served', async () => {
  // What Pagefind names the files of the index for the changed site: the changed article's page and slices are new.
  const { index: want, cached: wantCached } = await freshBuild(changed);
  const dir = site(pages);
  const dist = join(dir, 'dist');
  const cache = join(dir, '.cache', 'pagefind');
  try {
    await indexSite(dist, cache);
    const cached = JSON.parse(readFileSync(join(cache, 'filer.json'), 'utf8')) as Record<string, unknown>;
    const newFiles = [...wantCached.keys()].filter((file) => /^(fragment|index)\//.test(file) && !(file in cached));
    const newPage = newFiles.find((file) => file.startsWith('fragment/'));
    const newSlice = newFiles.find((file) => file.startsWith('index/'));
    assert.ok(newPage && newSlice, JSON.stringify(newFiles));
    // Pagefind's names are 7 hex digits: make the cache hold, under the new names, another page's
    // fragment and another slice, listed as what they are, as a chance collision would.
    const otherPage = Object.keys(cached).find((file) => file.startsWith('fragment/'))!;
    const otherSlice = Object.keys(cached).find((file) => file.startsWith('index/'))!;
    cpSync(join(cache, otherPage), join(cache, newPage));
    cpSync(join(cache, otherSlice), join(cache, newSlice));
    writeFileSync(join(cache, 'filer.json'), JSON.stringify({ ...cached, [newPage]: cached[otherPage], [newSlice]: { slice: ['å', 'åå'] } }));

    rmSync(dist, { recursive: true });
    for (const [path, html] of Object.entries(changed)) {
      mkdirSync(dirname(join(dist, path)), { recursive: true });
      writeFileSync(join(dist, path), html);
    }
    await indexSite(dist, cache);
    const got = tree(join(dist, 'pagefind'));
    assert.ok([...got.values()].includes(wantCached.get(newPage)!), 'the changed article’s own page');
    assert.equal(got.get(newSlice), want.get(newSlice), 'the new slice');
    assert.deepEqual(got, want);
    assert.equal((await pagefindMeta(join(dist, 'pagefind')))?.pages.length, 3);
    // The cache has the right files now, so the next build does not meet the same clash.
    const cachedNow = tree(cache);
    assert.equal(cachedNow.get(newPage), wantCached.get(newPage));
    assert.equal(cachedNow.get(newSlice), wantCached.get(newSlice));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a cache list that names paths outside the index’s folders copies nothing there', async () => {
  const dir = site(pages);
  const cache = join(dir, '.cache', 'pagefind');
  try {
    mkdirSync(join(cache, 'fragment'), { recursive: true });
    writeFileSync(join(cache, 'fragment', 'und_0a1b2c3.pf_fragment'), 'x');
    // «fragment/../../side.html» is .cache/side.html in the cache and dist/side.html, a page, in the site.
    writeFileSync(join(dir, '.cache', 'side.html'), '<p>ikke herfra</p>');
    writeFileSync(join(cache, 'filer.json'), JSON.stringify({ 'fragment/../../side.html': { page: 1 }, 'fragment/und_0a1b2c3.pf_fragment': { page: 1 } }));
    await restoreIndexFiles(join(dir, 'dist'), cache);
    assert.ok(!existsSync(join(dir, 'dist', 'side.html')));
    assert.ok(existsSync(join(dir, 'dist', 'pagefind', 'fragment', 'und_0a1b2c3.pf_fragment')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
