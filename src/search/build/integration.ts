import type { AstroIntegration } from 'astro';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { glob } from 'node:fs/promises';
import * as pagefind from 'pagefind';
import { buildLexicon, synonymGroups, type PageGroup } from './lexicon.ts';
import { expansionTerms } from './expand.ts';
import { namedText, pageGroups, pageText, withExtraWords } from './page-text.ts';
import { dateOrder } from './date-order.ts';
import { VocabularyBuilder } from './vocabulary.ts';
import { shardGroups, shardPath } from '../shared/group-shards.ts';
import { vocabularyPath } from '../shared/spelling.ts';

/**
 * Builds the Pagefind index into dist/pagefind/ once Astro has written the site.
 * - One index for both written standards: bokmål and nynorsk pages go into one index, so a
 *   bokmål query also finds nynorsk pages.
 * - Each page is indexed with extra words (src/search/build/expand.ts): compound parts and
 *   abbreviations. They go into the index only, as searchable metadata that never shows in an
 *   excerpt; the pages in dist/ are unchanged.
 * - The synonym groups are written to dist/sok/ordgrupper/ for the search page, the vocabulary for
 *   typo correction to dist/sok/ordliste/ (src/search/build/vocabulary.ts), and the pages' order
 *   by date to dist/sok/datoer.txt. All three are built from the published pages in dist/, so no
 *   draft's words reach them.
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
  let root = process.cwd();
  return {
    name: 'pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        // Two passes over the pages, so that no more than one page's HTML is held at a time
        // (at 10 000 pages, holding them all cost gigabytes): the first learns which words stand
        // alone anywhere on the site, the second indexes each page with its extra words.
        const files: string[] = [];
        const texts: string[] = [];
        const groups: PageGroup[] = [];
        const vocabulary = new VocabularyBuilder();
        for await (const file of glob('**/*.html', { cwd: outDir })) {
          const html = await readFile(`${outDir}/${file}`, 'utf8');
          const text = pageText(html);
          if (text === undefined) continue;
          files.push(file);
          texts.push(text);
          groups.push(...pageGroups(html));
          vocabulary.addPage(text);
          vocabulary.addNamed(namedText(html));
        }
        const lexicon = buildLexicon(synonymGroups(root, groups), texts);
        texts.length = 0;
        for (const group of lexicon.groups) vocabulary.addNamed(group.join(' '));
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE });
          if (!index) throw new Error(`Pagefind kunne ikke starte: ${errors.join(', ')}`);
          for (const file of files) {
            const html = await readFile(`${outDir}/${file}`, 'utf8');
            const content = withExtraWords(html, expansionTerms(pageText(html) ?? '', lexicon));
            const url = `/${file.replace(/index\.html$/, '')}`;
            const added = await index.addHTMLFile({ url, content });
            if (added.errors.length > 0) throw new Error(`${file}: ${added.errors.join(', ')}`);
          }
          const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
          if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
          // The search page rewrites queries with the same groups (src/search/shared/query-variants.ts),
          // fetching only the files for its query's first letters (src/search/shared/group-shards.ts).
          await rm(`${outDir}/sok/ordgrupper`, { recursive: true, force: true });
          await mkdir(`${outDir}/sok/ordgrupper`, { recursive: true });
          for (const [letter, shard] of shardGroups(lexicon.groups)) {
            await writeFile(`${outDir}${shardPath(letter)}`, JSON.stringify(shard));
          }
          await rm(`${outDir}/sok/ordliste`, { recursive: true, force: true });
          await mkdir(`${outDir}/sok/ordliste`, { recursive: true });
          const words = vocabulary.files();
          for (const [letter, list] of words) await writeFile(`${outDir}${vocabularyPath(letter)}`, `${list.join('\n')}\n`);
          await writeFile(`${outDir}/sok/datoer.txt`, await dateOrder(`${outDir}/pagefind`));
          logger.info(`Søkeindeks: ${files.length} sider, ${lexicon.groups.length} synonymgrupper, ${[...words.values()].reduce((n, l) => n + l.length, 0)} ord i ordlista`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
