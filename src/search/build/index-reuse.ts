/**
 * The search index's files from the last build, kept in the build cache so the next build need not
 * write them again.
 *
 * Pagefind names each slice of its index, each page's fragment and each filter after a hash of what
 * it holds, and does not write a file of that name that already exists (`write` in Pagefind's
 * output/mod.rs, for «immutable» files). Writing them, compressed at gzip's best level, was half of
 * Pagefind's time at 10 000 pages (10.7 of 22 s). After one article has changed, 84 of the 11 730
 * files are new. So the files are copied from the cache into dist/pagefind/ before Pagefind runs
 * (restoreIndexFiles), and afterwards the ones the new index does not use are removed and the cache
 * is made the same as the index (settleIndexFiles). Copies, not links: nothing done to dist/ later
 * can change the cache. The pages' fragments are renamed after that, in dist/ only
 * (src/search/build/index-page-names.ts): the cache keeps the names Pagefind looks for.
 *
 * The names are short, 7 hex digits, and Pagefind only makes a name longer when two files of one
 * build share it. A cached file can therefore have the name a new file gets, with other content,
 * and Pagefind would keep the old one: about one build in 5 000 after one changed article at
 * 10 000 pages, one in a hundred after 300. The cache keeps what each file was for, from Pagefind's
 * page list: a slice's first and last word, a page's word count, a filter's name; and no two pages
 * may have one address. A restored file the new index uses for something else is removed, and
 * Pagefind is run again to write it.
 */
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { eachAtOnce } from './at-once.ts';
import { indexedPages, type IndexedPage } from './fragments.ts';
import { pagefindMeta, type PagefindMeta } from './pagefind-meta.ts';

/**
 * Where a site in `root` keeps the index's files between builds: beside Astro's cache and the
 * content check's stamp, in the folder CI keeps between runs (.github/workflows/, «Hent byggecachen»).
 */
export const indexCacheDir = (root: string) => join(root, '.cache', 'pagefind');

/** The folders of Pagefind's hash-named files, in the index's folder. */
const HASHED = ['fragment', 'index', 'filter'] as const;
/** A hash-named file's path in the index's folder: `fragment/und_0a1b2c3.pf_fragment`. */
const HASHED_NAME = /^(fragment|index|filter)\/[\w-]+\.pf_\1$/;
/** The cache's list of its files, with what each was for. */
const LIST = 'filer.json';
/** The note of what was copied from the cache, in the index's folder until the build settles it. */
const RESTORED = '.fra-forrige-bygg.json';

/** What a file is for: a page (its word count), a slice (its range) or a filter (its name). */
type Use = { page: number } | { slice: [from: string, to: string] } | { filter: string };

/** The cache's list: each file, by its path in the index's folder (`index/und_0a1b2c3.pf_index`), and what it was for. */
type CacheList = Record<string, Use>;

async function readList(cacheDir: string): Promise<CacheList | undefined> {
  try {
    const list = JSON.parse(await readFile(join(cacheDir, LIST), 'utf8')) as CacheList;
    if (!list || typeof list !== 'object') return undefined;
    // Only names as Pagefind writes them: a list naming other paths cannot copy files elsewhere.
    return Object.fromEntries(Object.entries(list).filter(([file]) => HASHED_NAME.test(file)));
  } catch {
    return undefined; // No cache yet, or a broken one: the build writes every file.
  }
}

/**
 * Copies the cached files into the index's folder of the site in `outDir`, before Pagefind runs,
 * with a note of what each copied file was for (`RESTORED`): what settleIndexFiles checks, even if
 * another build changes the cache meanwhile. A file missing from the cache is left out.
 */
export async function restoreIndexFiles(outDir: string, cacheDir: string): Promise<void> {
  const list = await readList(cacheDir);
  if (!list) return;
  const pagefindDir = join(outDir, 'pagefind');
  await Promise.all(HASHED.map((dir) => mkdir(join(pagefindDir, dir), { recursive: true })));
  const restored: CacheList = {};
  await eachAtOnce(Object.keys(list), (file) =>
    copyFile(join(cacheDir, file), join(pagefindDir, file)).then(
      () => (restored[file] = list[file]!),
      () => undefined,
    ),
  );
  await writeFile(join(pagefindDir, RESTORED), JSON.stringify(restored));
}

/** What restoreIndexFiles copied into the index's folder, read once: the note is removed. */
async function takeRestored(pagefindDir: string): Promise<CacheList> {
  const file = join(pagefindDir, RESTORED);
  try {
    return JSON.parse(await readFile(file, 'utf8')) as CacheList;
  } catch {
    return {};
  } finally {
    await rm(file, { force: true });
  }
}

/** What each file of the index with this page list is for. */
function usesOf(meta: PagefindMeta): CacheList {
  const uses: CacheList = {};
  for (const { hash, words } of meta.pages) uses[`fragment/${hash}.pf_fragment`] = { page: words };
  for (const { hash, from, to } of meta.slices) uses[`index/${hash}.pf_index`] = { slice: [from, to] };
  for (const { hash, name } of meta.filters) uses[`filter/${hash}.pf_filter`] = { filter: name };
  return uses;
}

/** Two beginnings of one word: Pagefind shortens a slice's first and last word as far as its neighbours allow, and that can change when they do. */
const sameStart = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);

/** Whether a file kept for `before` is the file the new index wants for `now`. */
function sameUse(before: Use, now: Use): boolean {
  if ('page' in before && 'page' in now) return before.page === now.page;
  if ('slice' in before && 'slice' in now) return sameStart(before.slice[0], now.slice[0]) && sameStart(before.slice[1], now.slice[1]);
  if ('filter' in before && 'filter' in now) return before.filter === now.filter;
  return false;
}

/**
 * The restored files the new index uses for something else than they held: a page, slice or
 * filter of another word count, range or name, or a page whose address another page has too.
 */
function clashes(kept: CacheList, now: CacheList, pages: IndexedPage[]): string[] {
  const wrong = Object.keys(now).filter((file) => kept[file] && !sameUse(kept[file], now[file]!));
  const byUrl = new Map<string, string[]>();
  for (const { id, url } of pages) byUrl.set(url, [...(byUrl.get(url) ?? []), `fragment/${id}.pf_fragment`]);
  const twice = [...byUrl.values()].filter((files) => files.length > 1).flatMap((files) => files.filter((file) => kept[file]));
  return [...new Set([...wrong, ...twice])];
}

/** The hash-named files in a folder laid out as the index's (`index/und_0a1b2c3.pf_index`, …). */
async function hashedFiles(dir: string): Promise<string[]> {
  const names = await Promise.all(HASHED.map(async (sub) => (await readdir(join(dir, sub)).catch(() => [])).map((name) => `${sub}/${name}`)));
  return names.flat();
}

/** Removes the hash-named files in `dir` that are not in `files`. */
async function removeOthers(dir: string, files: CacheList): Promise<void> {
  await eachAtOnce((await hashedFiles(dir)).filter((file) => !files[file]), (file) => rm(join(dir, file), { force: true }));
}

/**
 * After Pagefind has written the index of the site in `outDir` over the restored files: makes sure
 * no restored file holds something else than the index wants (`rerun` runs Pagefind again when one
 * did), removes the files the index does not use, and makes the cache the same as the index.
 * Returns the indexed pages (src/search/build/fragments.ts), and how many of the index's
 * hash-named files Pagefind did not have to write.
 */
export async function settleIndexFiles(
  outDir: string,
  cacheDir: string,
  rerun: () => Promise<void>,
): Promise<{ pages: IndexedPage[]; reused: number; files: number }> {
  const pagefindDir = join(outDir, 'pagefind');
  const kept = await takeRestored(pagefindDir);
  for (let pass = 0; ; pass++) {
    const meta = await pagefindMeta(pagefindDir);
    const pages = await indexedPages(pagefindDir, meta?.pages.map((page) => page.hash) ?? []);
    const now = meta ? usesOf(meta) : {};
    const wrong = clashes(kept, now, pages);
    if (wrong.length > 0 && pass === 0) {
      await eachAtOnce(wrong, (file) => Promise.all([rm(join(pagefindDir, file), { force: true }), rm(join(cacheDir, file), { force: true })]));
      for (const file of wrong) delete kept[file];
      await rerun();
      continue;
    }
    if (wrong.length > 0) throw new Error(`Søkeindeksen ble bygget over filer fra forrige bygg som ikke passet (${wrong.join(', ')}). Slett mappen ${cacheDir} og bygg på nytt.`);
    await removeOthers(pagefindDir, now);
    const reused = Object.keys(now).filter((file) => kept[file]).length;
    await keepInCache(pagefindDir, cacheDir, now);
    return { pages, reused, files: Object.keys(now).length };
  }
}

/** Makes the cache hold the index's hash-named files and its list of them; what it held before and the index does not use is removed. */
async function keepInCache(pagefindDir: string, cacheDir: string, now: CacheList): Promise<void> {
  try {
    // The list is removed first and written last: a build stopped in between leaves no list, and
    // the next build then writes every file rather than trust a half-made cache.
    await rm(join(cacheDir, LIST), { force: true });
    await Promise.all(HASHED.map((dir) => mkdir(join(cacheDir, dir), { recursive: true })));
    await removeOthers(cacheDir, now);
    const cached = new Set(await hashedFiles(cacheDir));
    await eachAtOnce(
      Object.keys(now).filter((file) => !cached.has(file)),
      (file) => copyFile(join(pagefindDir, file), join(cacheDir, file)),
    );
    await writeFile(join(cacheDir, LIST), JSON.stringify(now));
  } catch (error) {
    // The site is built; only the next build's head start is lost.
    console.warn(`Søkeindeksens filer ble ikke lagt i byggecachen (${cacheDir}): ${error instanceof Error ? error.message : String(error)}. Neste bygg skriver dem på nytt.`)
  }
}
