/**
 * Builds the Pagefind index for a built site in `outDir`: Pagefind reads the pages from dist/
 * itself, as its command-line tool would, since everything the index needs is in the pages. The
 * extra words (compound parts, abbreviations of full names a page uses) were worked out from the
 * content layer before the pages were written (src/search/build/site-words.ts) and stand in each
 * page as searchable metadata that never shows in an excerpt (src/components/SearchData.astro);
 * the word groups and the typo vocabulary are pages of their own (src/pages/sok/ordgrupper/,
 * src/pages/sok/ordliste/). One index holds both written standards, so a bokmål query also finds
 * nynorsk pages. Beside it: the pages' order by date (dist/sok/datoer.txt) and the filters'
 * values (dist/sok/filtre.json).
 */
import { writeFile } from 'node:fs/promises';
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

/** Indexes the site in `outDir`; returns the pages indexed and the HTML files read. */
export async function indexSite(outDir: string): Promise<{ pages: number; files: number }> {
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE });
    if (!index) throw new Error(`Pagefind kunne ikke starte: ${errors.join(', ')}`);
    // Pagefind reads the folder itself, on both cores. Handing it the pages one by one
    // (addHTMLFile) held 3.6 GiB at 10 000 pages instead of 4.4, but took 39 s instead of 25.
    // Since Astro's process has a heap ceiling (2.4 GiB, scripts/lib/astro-heap.ts), Pagefind
    // alone decides the build's peak; one by one would lower it to 3.6 GiB, still above the 3 GiB
    // budget, at the cost of 14 s. The time is kept. Measured in docs/performance.md (rounds 3–4).
    const added = await index.addDirectory({ path: outDir });
    if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
    const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
    if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
    const pages = await indexedPages(`${outDir}/pagefind`);
    await writeFile(`${outDir}/sok/datoer.txt`, dateOrder(pages));
    await writeFile(`${outDir}/sok/filtre.json`, JSON.stringify(filterValues(pages)));
    return { pages: pages.length, files: added.page_count };
  } finally {
    await pagefind.close();
  }
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
