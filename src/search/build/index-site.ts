/**
 * Builds the Pagefind index for a built site in `outDir` from the pages in dist/, as Pagefind's
 * command-line tool would, since everything the index needs is in the pages. The
 * extra words (compound parts, abbreviations of full names a page uses) were worked out from the
 * content layer before the pages were written (src/search/build/site-words.ts) and stand in each
 * page as searchable metadata that never shows in an excerpt (src/components/SearchData.astro);
 * the word groups and the typo vocabulary are pages of their own (src/pages/sok/ordgrupper/,
 * src/pages/sok/ordliste/). One index holds both written standards, so a bokmål query also finds
 * nynorsk pages. Beside it: the pages' order by date (dist/sok/datoer.txt) and the filters'
 * values (dist/sok/filtre.json).
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { PagefindIndex } from 'pagefind';
import { dateOrder } from './date-order.ts';
import { filterValues } from './filter-values.ts';
import { indexedPages } from './fragments.ts';

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
 * How Pagefind's memory allocator (jemalloc, built into its program) is set up, unless the
 * environment says otherwise. By default jemalloc gives each core several arenas with pools of
 * their own, and keeps freed memory for ten seconds before it gives it back; Pagefind frees each
 * page's words while it builds the index from them, so the two lay on top of each other. One
 * arena, freed memory given back at once and small per-thread caches took Pagefind's peak at
 * 10 000 pages from 3.78 to 3.10 GiB, for some 3 s more CPU (docs/performance.md, «Runde 11»).
 */
const PAGEFIND_MALLOC = 'narenas:1,dirty_decay_ms:0,muzzy_decay_ms:0,tcache_max:64';

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

/** What marks a page for the index (src/layouts/Base.astro); pages without it are not sent. */
const SEARCHABLE = 'data-pagefind-body';

/**
 * What Pagefind is sent of a page, or nothing if the page is not for the index: its <html> tag and
 * the element marked for the index, which holds the text, the metadata and the filters
 * (src/layouts/Base.astro puts them all in <main>). The head, header and footer are left out:
 * Pagefind ignores them, and sending and parsing them took a second or more at 10 000 pages. The
 * pages Pagefind writes are the same either way. The file is searched as bytes and only the part
 * sent becomes a string, which keeps the build's own process small while Pagefind peaks.
 */
function searchablePart(file: Buffer): string | undefined {
  const marker = file.indexOf(SEARCHABLE);
  if (marker < 0) return undefined;
  const start = file.lastIndexOf('<main', marker);
  const end = file.indexOf('</main>', marker);
  const root = file.indexOf('<html');
  const rootEnd = file.indexOf('>', root);
  if (start < 0 || end < 0 || root < 0 || rootEnd < 0) return file.toString('utf8');
  return `${file.toString('utf8', root, rootEnd + 1)}<body>${file.toString('utf8', start, end + '</main>'.length)}</body></html>`;
}

/** Indexes the site in `outDir`; returns the pages indexed and the HTML files read. */
export async function indexSite(outDir: string): Promise<{ pages: number; files: number }> {
  // Pagefind's program inherits the environment when createIndex starts it.
  process.env._RJEM_MALLOC_CONF ??= PAGEFIND_MALLOC;
  const files = await htmlFiles(outDir);
  if (files.length >= LARGE_SITE_FILES) process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= INDEX_CHUNK_LOCATIONS;
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE });
    if (!index) throw new Error(`Pagefind kunne ikke starte: ${errors.join(', ')}`);
    await addPages(index, outDir, files);
    const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
    if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
    const pages = await indexedPages(`${outDir}/pagefind`);
    await writeFile(`${outDir}/sok/datoer.txt`, dateOrder(pages));
    await writeFile(`${outDir}/sok/filtre.json`, JSON.stringify(filterValues(pages)));
    return { pages: pages.length, files: files.length };
  } finally {
    await pagefind.close();
  }
}

/**
 * Hands Pagefind the site's searchable pages one by one, reading the next while Pagefind parses
 * one. Pagefind can read the folder itself
 * (addDirectory), on both cores, but then holds more: at 10 000 pages its peak was 3.10 GiB that
 * way and 2.87 GiB one by one, which keeps the whole build under 3 GiB, for some 8 s more
 * (docs/performance.md, «Runde 11»). The pages it writes are the same.
 */
async function addPages(index: PagefindIndex, outDir: string, files: readonly string[]): Promise<void> {
  const read = (i: number) => (i < files.length ? readFile(join(outDir, files[i]!)) : undefined);
  let next = read(0);
  for (let i = 0; i < files.length; i++) {
    const content = searchablePart((await next)!);
    next = read(i + 1);
    if (content === undefined) continue;
    // A path relative to the site, from which Pagefind makes the page's address as it does for a folder.
    const added = await index.addHTMLFile({ sourcePath: files[i]!, content });
    if (added.errors.length > 0) throw new Error(`${files[i]}: ${added.errors.join('\n')}`);
  }
}

/** The site's HTML files, relative to `outDir`, in a stable order. */
async function htmlFiles(outDir: string): Promise<string[]> {
  return (await readdir(outDir, { recursive: true })).filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/')).sort();
}

/** How the index step reports itself, in the build's log. */
export const indexSummary = ({ pages, files }: { pages: number; files: number }) =>
  `Søkeindeks: ${pages} sider av ${files} HTML-filer (bare sider med søkbart innhold tas med)`;

/**
 * Set by `npm run build` (scripts/astro.ts), which builds the index itself once Astro's process
 * has ended: Pagefind needs some 4.4 GiB at 10 000 pages, and run inside Astro's build it came on
 * top of the 3.5–4 GiB Astro's process still held (6.8 GiB in all, more than a 7 GiB CI runner
 * leaves). Run after it, the peak is the larger of the two, not their sum.
 */
export const INDEX_AFTER_BUILD = 'KUNNSKAPSBANKEN_INDEX_AFTER_BUILD';
