/**
 * What the search learns from the whole site, worked out once per build from the content layer's
 * data before any page is written: the lexicon (groups of equivalent names and every word that
 * stands alone somewhere, for compound parts), the vocabulary typos are corrected against and the
 * words on most pages.
 * Detail pages take their extra words from it (src/lib/search-info.ts), and the search page's
 * word-group and vocabulary files are written from it (src/pages/sok/ordgrupper/, ordliste/).
 * The index build then only hands dist/ to Pagefind (src/search/build/integration.ts): no pass
 * over the written HTML, and no page held in Node.
 *
 * Drafts never reach it: content() has dropped them (src/collections/content.ts), so a draft
 * teaches the search no word.
 */
import synonymFile from '../../../content/sok/synonymer.yaml?raw';
import { content, type Entry } from '../../collections/content.ts';
import { listedNames, rowOf, type ListedName } from '../../collections/registry.ts';
import { lexiconOf, synonymGroups, type PageGroup } from './lexicon.ts';
import { joinedWords, tokenize } from '../shared/words.ts';
import type { Lexicon } from './expand.ts';
import { VocabularyBuilder } from './vocabulary.ts';
import { bodyHeadings, entryText } from './entry-text.ts';
import { nameGroups } from '../../lib/name-groups.ts';

export interface SiteWords {
  lexicon: Lexicon;
  /** First letter → words, for dist/sok/ordliste/. */
  vocabulary: Map<string, string[]>;
  /** Words on most pages → their share of the pages, which long queries leave out (src/search/shared/common-words.ts). */
  common: Map<string, number>;
  /** On a large site, words on many pages → their share, which tell least (src/search/shared/index-budget.ts). */
  frequent: Map<string, number>;
}

/** The kinds whose detail pages are in the search index. */
export const searchedKinds = listedNames.filter((kind) => rowOf(kind).search);

async function compute(): Promise<SiteWords> {
  const all = await content();
  const topics = new Map(all.topics.map((topic) => [topic.id, topic]));
  // Every word of the site, each once: the lexicon's heads are made from them.
  const allWords = new Set<string>();
  const groups: PageGroup[] = [];
  const vocabulary = new VocabularyBuilder();
  for (const kind of searchedKinds) {
    for (const entry of all[kind] as Entry<ListedName>[]) {
      // Each page's text is split into words once, for the vocabulary and the lexicon both.
      const text = entryText(entry);
      const words = new Set(tokenize(text));
      for (const word of words) allWords.add(word);
      vocabulary.addPageWords(words, joinedWords(text));
      const d = entry.data;
      const pageTopics = d.topics.flatMap((id) => topics.get(id) ?? []);
      groups.push(...nameGroups(kind, d, pageTopics));
      const terms = [...d.searchTerms, ...pageTopics.flatMap((t) => [t.data.label.nb, t.data.label.nn, ...t.data.synonyms])];
      vocabulary.addNamed([d.title, ...bodyHeadings(entry.body ?? ''), ...terms].join('\n'));
    }
  }
  const lexicon = lexiconOf(synonymGroups(synonymFile, groups), allWords);
  for (const group of lexicon.groups) vocabulary.addNamed(group.join(' '));
  return { lexicon, vocabulary: vocabulary.files(), common: vocabulary.common(), frequent: vocabulary.frequent() };
}

let cache: Promise<SiteWords> | undefined;
/** The site's search words, computed once per build. */
export const siteWords = (): Promise<SiteWords> => (cache ??= compute());
