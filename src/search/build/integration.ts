import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { dateOrder } from './date-order.ts';
import { filterValues } from './filter-values.ts';
import { indexedPages } from './fragments.ts';

/**
 * Builds the Pagefind index into dist/pagefind/ once Astro has written the site. Pagefind reads
 * the pages from dist/ itself, as its command-line tool would: everything the index needs is in
 * the pages already. The extra words (compound parts, abbreviations of full names a page uses)
 * were worked out from the content layer before the pages were written
 * (src/search/build/site-words.ts) and stand in each page as searchable metadata that never shows
 * in an excerpt (src/components/SearchData.astro); the word groups and the typo vocabulary are
 * pages of their own (src/pages/sok/ordgrupper/, src/pages/sok/ordliste/). So no page is read or
 * held by Node here. One index holds both written standards, so a bokmål query also finds
 * nynorsk pages. The pages' order by date goes to dist/sok/datoer.txt, the filters' values to
 * dist/sok/filtre.json.
 */
/**
 * The language the index is built as. «und» (undetermined) has no stemmer, and that is the point:
 * Pagefind's Norwegian stemmer cuts «tidlig» to «tid», so a search for «tidlig» downloaded and
 * matched every page with «tid», «tider» and «tiden» (about 100 KB of index at 10 000 pages for
 * that one word, and noise in the results). Pagefind matches query words as prefixes, which already
 * covers Norwegian endings (plan → planen, planer); the search quality is the same either way on
 * the public query set. Sites in one language per page would use the page's language instead.
 */
const INDEX_LANGUAGE = 'und';

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir).replace(/\/$/, '');
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE });
          if (!index) throw new Error(`Pagefind kunne ikke starte: ${errors.join(', ')}`);
          const added = await index.addDirectory({ path: outDir });
          if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
          const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
          if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
          const pages = await indexedPages(`${outDir}/pagefind`);
          await writeFile(`${outDir}/sok/datoer.txt`, dateOrder(pages));
          await writeFile(`${outDir}/sok/filtre.json`, JSON.stringify(filterValues(pages)));
          logger.info(`Søkeindeks: ${pages.length} sider av ${added.page_count} HTML-filer (bare sider med søkbart innhold tas med)`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
