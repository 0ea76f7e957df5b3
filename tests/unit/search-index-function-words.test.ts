/**
 * The function words are taken out of the index (src/search/build/index-function-words.ts): a word
 * alphabetically before one on nearly every page («snakker» before «som») no longer downloads
 * that word's locations with its own, and every other word is found on the same pages as before.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { decode } from 'cbor2';
import { indexInvocation, indexSite } from '../../src/search/build/index-site.ts';
import { runPagefind } from '../../src/search/build/pagefind-program.ts';
import { dropFunctionWords } from '../../src/search/build/index-function-words.ts';
import { pagefindCbor, pagefindMeta } from '../../src/search/build/pagefind-meta.ts';
import { loadedSlices } from '../../src/search/shared/index-budget.ts';
import { STOP_WORDS } from '../../src/search/shared/stop-words.ts';

const page = (text: string) =>
  `<!doctype html><html lang="nb"><head><title>x</title></head><body><main data-pagefind-body><h1>Side</h1><p>${text}</p></main></body></html>`;

/**
 * Ten pages where «som», «og» and «på» stand a hundred times or more, at uneven places as in real
 * text (evenly spaced places would compress to nothing), and a few content words once.
 */
function site(): string {
  const dir = mkdtempSync(join(tmpdir(), 'funksjonsord-'));
  let seed = 17;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const text = () => Array.from({ length: 400 }, () => (next() < 0.3 ? ['som', 'og', 'på'][Math.floor(next() * 3)] : `tekst${Math.floor(next() * 50)}`)).join(' ');
  for (let i = 0; i < 10; i++) {
    const words = i < 2 ? 'snakker med ungdom' : i < 5 ? 'snus blant elever' : 'tiltak i kommunen';
    const file = join(dir, 'artikler', `side-${i}`, 'index.html');
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, page(`${text()} ${words} ${text()}`));
  }
  mkdirSync(join(dir, 'sok'));
  writeFileSync(join(dir, 'sok', 'index.html'), '<!doctype html><html lang="nb"><head><title>Søk</title></head><body><main><h1>Søk</h1></main></body></html>');
  return dir;
}

type Word = [word: string, pages: unknown[], variants: [form: string, pages: unknown[]][]];

/** Every word in the index, with the pages it is on (each form counted), and the slices' sizes. */
async function indexed(dir: string): Promise<{ words: Map<string, number>; bytes: Map<string, number> }> {
  const pagefindDir = join(dir, 'pagefind');
  const meta = (await pagefindMeta(pagefindDir))!;
  const words = new Map<string, number>();
  const bytes = new Map<string, number>();
  for (const { hash } of meta.slices) {
    const file = join(pagefindDir, 'index', `${hash}.pf_index`);
    bytes.set(hash, statSync(file).size);
    const [list] = decode(pagefindCbor(readFileSync(file))) as [Word[]];
    for (const [word, pages, variants] of list) {
      if (pages.length > 0) words.set(word, pages.length);
      for (const [form, variantPages] of variants) words.set(form, variantPages.length);
    }
  }
  return { words, bytes };
}

/** The bytes a search for `word` downloads from the index: the slices Pagefind loads for it. */
async function costOf(dir: string, word: string, bytes: Map<string, number>): Promise<number> {
  const meta = (await pagefindMeta(join(dir, 'pagefind')))!;
  return loadedSlices(word, meta.slices.map((s) => [s.from, s.to, s.hash] as const)).reduce((sum, [, , hash]) => sum + bytes.get(hash)!, 0);
}

test('the build’s index has no function words, and every other word is on the pages it was on', async () => {
  const dir = site();
  try {
    await indexSite(dir);
    const { words } = await indexed(dir);
    assert.deepEqual([...words.keys()].filter((word) => STOP_WORDS.has(word)), []);
    assert.equal(words.get('snakker'), 2);
    assert.equal(words.get('snus'), 3);
    assert.equal(words.get('kommunen'), 5);
    // The page list names only slices that exist, and the entry names the page list.
    const entry = JSON.parse(readFileSync(join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
    const metaFiles = readdirSync(join(dir, 'pagefind')).filter((file) => file.endsWith('.pf_meta'));
    assert.deepEqual(metaFiles, [`pagefind.${Object.values(entry.languages)[0]!.hash}.pf_meta`]);
    const meta = (await pagefindMeta(join(dir, 'pagefind')))!;
    assert.deepEqual(readdirSync(join(dir, 'pagefind', 'index')).sort(), meta.slices.map((s) => `${s.hash}.pf_index`).sort());
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a rare word in the slice a function word ends downloads its own locations, not the function word’s', async () => {
  const dir = site();
  // Small slices, as on a large site, so that «som» closes the slice «snakker» and «snus» lie in.
  const previous = process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = '200';
  try {
    const { args, env } = await indexInvocation(dir);
    await runPagefind(args, env);
    const before = await indexed(dir);
    const [snakker, snus] = [await costOf(dir, 'snakker', before.bytes), await costOf(dir, 'snus', before.bytes)];
    const result = await dropFunctionWords(join(dir, 'pagefind'));
    assert.ok(result.slices > 0 && result.after < result.before, JSON.stringify(result));
    const after = await indexed(dir);
    assert.ok((await costOf(dir, 'snakker', after.bytes)) < snakker / 2, `«snakker»: ${snakker} B før`);
    assert.ok((await costOf(dir, 'snus', after.bytes)) < snus / 2, `«snus»: ${snus} B før`);
    // Every word but the function words is on the same number of pages as before.
    const kept = new Map([...before.words].filter(([word]) => !STOP_WORDS.has(word)));
    assert.deepEqual(after.words, kept);
  } finally {
    if (previous === undefined) delete process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
    else process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = previous;
    rmSync(dir, { recursive: true, force: true });
  }
});
