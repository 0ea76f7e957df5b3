/**
 * Builds the Pagefind index for a built site in `outDir` from the written pages, a few at a time
 * (addPages), since everything the index needs is in the pages; Node holds no more of them. The
 * extra words (compound parts, abbreviations of full names a page uses) were worked out from the
 * content layer before the pages were written (src/search/build/site-words.ts) and stand in each
 * page as searchable metadata that never shows in an excerpt (src/components/SearchData.astro);
 * the word groups and the typo vocabulary are pages of their own (src/pages/sok/ordgrupper/,
 * src/pages/sok/ordliste/). One index holds both written standards, so a bokmål query also finds
 * nynorsk pages. Beside it: the pages' order by date (dist/sok/datoer.txt) and the filters'
 * values (dist/sok/filtre.json).
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import * as pagefind from 'pagefind';
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

/** How many pages are read ahead of Pagefind. */
const READ_AHEAD = 8;

/** Pagefind's marker on the part of a page it indexes (src/layouts/): pages without it are not indexed. */
const BODY = 'data-pagefind-body';

/**
 * Hands Pagefind the site's pages one at a time, in the order of their paths, so the index is the
 * same from build to build; returns how many HTML files were read. Given the folder instead
 * (`addDirectory`), Pagefind reads every page at once, and at 10 000 pages it held 4.2–4.4 GiB;
 * fed one page at a time it held 3.5–3.6 GiB (queueing 16 pages at a time: 3.8–3.9 GiB). It costs
 * time: Pagefind then reads the pages on one core, not two. Pages without searchable content
 * (lists, redirects) are left out here, as Pagefind would leave them out.
 */
async function addPages(index: pagefind.PagefindIndex, outDir: string): Promise<number> {
  const files = (await readdir(outDir, { recursive: true })).filter((file) => file.endsWith('.html')).sort();
  const read = (file: string) => readFile(join(outDir, file), 'utf8');
  for (let start = 0; start < files.length; start += READ_AHEAD) {
    const batch = files.slice(start, start + READ_AHEAD);
    const contents = await Promise.all(batch.map(read));
    for (const [i, content] of contents.entries()) {
      if (!content.includes(BODY)) continue;
      const added = await index.addHTMLFile({ sourcePath: batch[i]!.split(sep).join('/'), content });
      if (added.errors.length > 0) throw new Error(`${batch[i]}: ${added.errors.join(', ')}`);
    }
  }
  return files.length;
}

/** Indexes the site in `outDir`; returns the pages indexed and the HTML files read. */
export async function indexSite(outDir: string): Promise<{ pages: number; files: number }> {
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE });
    if (!index) throw new Error(`Pagefind kunne ikke starte: ${errors.join(', ')}`);
    const added = await addPages(index, outDir);
    const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
    if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
    const pages = await indexedPages(`${outDir}/pagefind`);
    await writeFile(`${outDir}/sok/datoer.txt`, dateOrder(pages));
    await writeFile(`${outDir}/sok/filtre.json`, JSON.stringify(filterValues(pages)));
    return { pages: pages.length, files: added };
  } finally {
    await pagefind.close();
  }
}

/** How the index step reports itself, in the build's log. */
export const indexSummary = ({ pages, files }: { pages: number; files: number }) =>
  `Søkeindeks: ${pages} sider av ${files} HTML-filer (bare sider med søkbart innhold tas med)`;

/**
 * Set by `npm run build` (scripts/astro.ts), which builds the index itself once Astro's process
 * has ended: Pagefind needs some 4 GiB at 10 000 pages, and run inside Astro's build it came on
 * top of the 4 GiB Astro's process still held (6.8 GiB in all, more than a 7 GiB CI runner
 * leaves). Run after it, the peak is the larger of the two, not their sum.
 */
export const INDEX_AFTER_BUILD = 'KUNNSKAPSBANKEN_INDEX_AFTER_BUILD';
