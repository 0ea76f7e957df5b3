/**
 * The pages' fragments get short names (src/search/build/index-page-names.ts): the page list every
 * search downloads first is smaller, every page is still served under the name the list gives it,
 * and a name never stands for two contents, so a browser's cached fragment is never shown for
 * another page.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { indexInvocation, indexSite } from '../../src/search/build/index-site.ts';
import { runPagefind } from '../../src/search/build/pagefind-program.ts';
import { MARKER } from '../../src/search/build/fragments.ts';
import { pagefindMeta } from '../../src/search/build/pagefind-meta.ts';

const page = (title: string, text: string) =>
  `<!doctype html><html lang="nb"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>${text}</p><span hidden data-pagefind-filter="type">Artikkel</span></main></body></html>`;

/** A site of 300 articles, each a few words of its own; `changed` gives article 7 another sentence. */
function site(changed = false): string {
  const dir = mkdtempSync(join(tmpdir(), 'sidenavn-'));
  for (let i = 0; i < 300; i++) {
    const file = join(dir, 'artikler', `sak-${i}`, 'index.html');
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, page(`Sak ${i}`, `Kommunen arbeider med tiltak nummer ${i} for barn og unge.${changed && i === 7 ? ' Planen ble vedtatt i år.' : ''}`));
  }
  mkdirSync(join(dir, 'sok'));
  writeFileSync(join(dir, 'sok', 'index.html'), '<!doctype html><html lang="nb"><head><title>Søk</title></head><body><main><h1>Søk</h1></main></body></html>');
  return dir;
}

/** The size of the page list Pagefind wrote, compressed as served. */
async function metaBytes(dir: string): Promise<number> {
  return statSync(join(dir, 'pagefind', (await pagefindMeta(join(dir, 'pagefind')))!.file)).size;
}

const fragmentUrl = (file: string) => (JSON.parse(gunzipSync(readFileSync(file)).subarray(MARKER.length).toString('utf8')) as { url: string }).url;

test('every page is served under the short name the page list gives it, and the page list every search loads is smaller', async () => {
  const plain = site();
  const dir = site();
  try {
    // Pagefind's own names, for comparison.
    const { args, env } = await indexInvocation(plain);
    await runPagefind(args, env);
    const before = await metaBytes(plain);

    await indexSite(dir);
    const pagefindDir = join(dir, 'pagefind');
    const meta = (await pagefindMeta(pagefindDir))!;
    assert.equal(meta.pages.length, 300);
    assert.ok((await metaBytes(dir)) < before * 0.75, `sidelisten: ${await metaBytes(dir)} B mot ${before} B med Pagefinds navn`);
    // Each name is the tag and the page's place; its fragment is there and is one of the articles.
    const urls = meta.pages.map(({ hash }, place) => {
      assert.match(hash, new RegExp(`^[0-9a-f]{10}-${place}$`));
      return fragmentUrl(join(pagefindDir, 'fragment', `${hash}.pf_fragment`));
    });
    assert.deepEqual(urls.toSorted(), Array.from({ length: 300 }, (_, i) => `/artikler/sak-${i}/`).toSorted());
    // No fragment under another name, and the date order names the pages as the page list does.
    assert.equal(readdirSync(join(pagefindDir, 'fragment')).length, 300);
    assert.deepEqual(readFileSync(join(dir, 'sok', 'datoer.txt'), 'utf8').trim().split('\n').toSorted(), meta.pages.map((p) => p.hash).toSorted());
  } finally {
    rmSync(plain, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the same pages get the same names, and a changed page gives every page a new one', async () => {
  const dirs = [site(), site(), site(true)];
  try {
    const names: string[][] = [];
    for (const dir of dirs) {
      await indexSite(dir);
      names.push((await pagefindMeta(join(dir, 'pagefind')))!.pages.map((p) => p.hash));
    }
    const [first, again, changed] = names as [string[], string[], string[]];
    assert.deepEqual(again, first);
    // A fragment cached from the first build can never be fetched by the second's names.
    assert.equal(changed.filter((name) => first.includes(name)).length, 0);
    assert.ok(changed.every((name) => existsSync(join(dirs[2]!, 'pagefind', 'fragment', `${name}.pf_fragment`))));
  } finally {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  }
});
