/**
 * Builds the Pagefind index for a built site in `outDir` from the pages in dist/, with Pagefind's
 * own program (src/search/build/pagefind-program.ts), since everything the index needs is in the
 * pages. The extra words (compound parts, abbreviations of full names a page uses) were worked out
 * from the content layer before the pages were written (src/search/build/site-words.ts) and stand
 * in each page as searchable metadata that never shows in an excerpt
 * (src/components/SearchData.astro); the word groups and the typo vocabulary are pages of their
 * own (src/pages/sok/ordgrupper/, src/pages/sok/ordliste/). One index holds both written
 * standards, so a bokmål query also finds nynorsk pages. Beside it: the pages' order by date
 * (dist/sok/datoer.txt) and the filters' values (dist/sok/filtre.json).
 *
 * Pagefind numbers the pages in the order the file system lists them. Two builds on one machine
 * give the same index, byte for byte (tests/browser/reproducible-build.spec.ts); on another
 * machine the page numbers, and so the names of the index's slices and the pages' fragments
 * (src/search/build/index-page-names.ts), can differ. What the fragments hold and what a search
 * finds are the same; only pages with exactly the same score can swap places.
 */
import { readdir, writeFile } from 'node:fs/promises';
import { dateOrder } from './date-order.ts';
import { filterValues } from './filter-values.ts';
import { dropFunctionWords } from './index-function-words.ts';
import { indexedPages } from './fragments.ts';
import { shortenPageNames } from './index-page-names.ts';
import { restoreIndexFiles, settleIndexFiles } from './index-reuse.ts';
import { writeSliceBudgets } from './index-slices.ts';
import { runPagefind } from './pagefind-program.ts';

/**
 * The language the index is built as. «und» (undetermined) has no stemmer, and that is the point:
 * Pagefind's Norwegian stemmer cuts «tidlig» to «tid», so a search for «tidlig» downloaded and
 * matched every page with «tid», «tider» and «tiden» (about 100 KB of index at 10 000 pages for
 * that one word, and noise in the results). Pagefind matches query words as prefixes, which already
 * covers Norwegian endings (plan → planen, planer); the search quality is the same either way on
 * the public query set. Sites in one language per page would use the page's language instead.
 */
const INDEX_LANGUAGE = 'und';

/**
 * Where Pagefind starts reading a page: the element marked for the index
 * (src/layouts/Base.astro), which holds the text, the metadata and the filters. Pagefind ignores
 * everything outside it, and a page without it (lists, print pages) is read as nothing at all.
 * With Pagefind's default root (<html>) it kept every word of those 1 950 pages in memory until
 * it dropped them at the end: 3.16 GiB at 10 000 pages instead of 2.93 GiB.
 */
const ROOT = '[data-pagefind-body]';

/**
 * How Pagefind's memory allocator (jemalloc, built into its program) is set up, unless the
 * environment says otherwise. By default jemalloc gives each core several arenas with pools of
 * their own, and keeps freed memory for ten seconds before it gives it back; Pagefind frees each
 * page's words while it builds the index from them, so the two lay on top of each other. One
 * arena, freed memory given back after 0.2 s and small per-thread caches took Pagefind's peak at
 * 10 000 pages from 3.78 to 2.97 GiB (docs/performance.md, «Runde 11», «Runde 13» and «Runde 14»).
 * Given back at once (0 ms), the peak was 10 MiB lower, but writing the index's 11 000 files took
 * 6–7 s more. Caches of at most 64 bytes per thread instead of 256 saved 28 MiB more but cost 2–8 s
 * of CPU time; the build's own process no longer waits beside Pagefind (index-handover.ts), which
 * leaves room for the larger caches.
 */
const PAGEFIND_MALLOC = 'narenas:1,dirty_decay_ms:200,muzzy_decay_ms:0,tcache_max:256';

/**
 * How many word locations Pagefind puts in one slice of its index on a large site, unless the
 * environment says otherwise (Pagefind's own default is 20 000). A query word downloads the whole
 * slice it lies in, mostly other words: at 10 000 pages a slice was 27 KB (median), and a question
 * of five words downloaded five of them. With 4 000 a rare word's slice is about 10 KB, and the list
 * of slices that every search loads grows by 15 KB (docs/performance.md, «Søket etter runde 12»).
 * A small site keeps Pagefind's slices: its whole index is a few hundred KB, and in fewer slices the
 * words that begin with a query word more often lie in the slice Pagefind loads for it (it loads
 * only that one). Pagefind reads the setting from the environment only, under a name it calls
 * unstable; a Pagefind without it builds its usual slices.
 */
const INDEX_CHUNK_LOCATIONS = '4000';
/** From this many HTML files, a site is large enough for the smaller slices. */
const LARGE_SITE_FILES = 2000;

/** What Pagefind's program is run with for the site in `outDir`, and the HTML files the site has. */
export async function indexInvocation(outDir: string): Promise<{ args: string[]; env: NodeJS.ProcessEnv; files: number }> {
  const files = await htmlFileCount(outDir);
  const env = { ...process.env };
  env._RJEM_MALLOC_CONF ??= PAGEFIND_MALLOC;
  if (files >= LARGE_SITE_FILES) env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= INDEX_CHUNK_LOCATIONS;
  const args = ['--site', outDir, '--output-subdir', 'pagefind', '--force-language', INDEX_LANGUAGE, '--root-selector', ROOT];
  return { args, env, files };
}

/**
 * Before Pagefind runs over the site in `outDir`: the index's files from the last build, kept in
 * `cacheDir`, are put in place so Pagefind need not write them again (src/search/build/index-reuse.ts).
 */
export async function prepareIndex(outDir: string, cacheDir: string | undefined): Promise<void> {
  if (cacheDir) await restoreIndexFiles(outDir, cacheDir);
}

export interface IndexSummary {
  pages: number;
  files: number;
  /** The index's hash-named files, and how many of them were kept from the last build. */
  reuse?: { reused: number; files: number };
}

/**
 * What the build does to the index Pagefind has written in `outDir`, and writes beside it: the
 * function words taken out (src/search/build/index-function-words.ts), the pages' fragments
 * renamed short (src/search/build/index-page-names.ts), the pages' order by
 * date, the filters' values and, on a large site, what the index's slices cost
 * (src/search/build/index-slices.ts). With `cacheDir`, the index's files are first settled against
 * those kept from the last build, and kept for the next (src/search/build/index-reuse.ts).
 * Returns the pages indexed and the HTML files in the site.
 */
export async function finishIndex(outDir: string, files: number, cacheDir?: string): Promise<IndexSummary> {
  // First, so that the files kept for the next build are the index's own.
  await dropFunctionWords(`${outDir}/pagefind`);
  const rerun = async () => {
    const { args, env } = await indexInvocation(outDir);
    await runPagefind(args, env);
    await dropFunctionWords(`${outDir}/pagefind`);
  };
  const settled = cacheDir ? await settleIndexFiles(outDir, cacheDir, rerun) : undefined;
  const found = settled?.pages ?? (await indexedPages(`${outDir}/pagefind`));
  // After the files are kept for the next build under Pagefind's names, which it looks for.
  const names = await shortenPageNames(`${outDir}/pagefind`);
  const pages = found.map((page) => ({ ...page, id: names.get(page.id) ?? page.id }));
  await writeFile(`${outDir}/sok/datoer.txt`, dateOrder(pages));
  await writeFile(`${outDir}/sok/filtre.json`, JSON.stringify(filterValues(pages)));
  // After the filter values: a first search downloads them too, and the budget counts them. Only
  // a large site needs the budget: a small one has few, large slices (11 of 27 KB on the site of
  // today), its questions' first searches stayed under 300 KB (282 KB at most), and the room
  // kept for a typo's correction (a whole slice) would have left words out of 25 of its 346 test
  // questions that fit.
  if (files >= LARGE_SITE_FILES) await writeSliceBudgets(outDir, pages.map((page) => page.bytes));
  return { pages: pages.length, files, ...(settled && { reuse: { reused: settled.reused, files: settled.files } }) };
}

/**
 * Indexes the site in `outDir`; returns the pages indexed and the HTML files in the site. With
 * `cacheDir`, the index's files from the last build are reused (src/search/build/index-reuse.ts).
 */
export async function indexSite(outDir: string, cacheDir?: string): Promise<IndexSummary> {
  const { args, env, files } = await indexInvocation(outDir);
  await prepareIndex(outDir, cacheDir);
  await runPagefind(args, env);
  return finishIndex(outDir, files, cacheDir);
}

/** How many HTML files the site in `outDir` has. */
async function htmlFileCount(outDir: string): Promise<number> {
  return (await readdir(outDir, { recursive: true })).filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/')).length;
}

/** How the index step reports itself, in the build's log. */
export const indexSummary = ({ pages, files, reuse }: IndexSummary) =>
  `Søkeindeks: ${pages} sider av ${files} HTML-filer (bare sider med søkbart innhold tas med)` +
  (reuse ? `; ${reuse.reused} av ${reuse.files} indeksfiler gjenbrukt fra forrige bygg` : '');

/**
 * Set by `npm run build` (scripts/astro.ts), which builds the index itself once Astro's process
 * has ended: Pagefind needs some 2.9 GiB at 10 000 pages, and run inside Astro's build it came on
 * top of what Astro's process still held (6.8 GiB in all when Pagefind needed 4.4 GiB, more than
 * a 7 GiB CI runner leaves). Run after it, the peak is the larger of the two, not their sum.
 */
export const INDEX_AFTER_BUILD = 'KUNNSKAPSBANKEN_INDEX_AFTER_BUILD';
