/**
 * The vocabulary the search page corrects typos against (src/search/shared/spelling.ts): every
 * word in the pages' titles and headings, their editors' search terms and the name groups (tools,
 * glossary terms, topics, synonyms), and the body words that stand on at least two pages. A word on
 * one page only is as likely to be a slip as a word, and would make the files grow with every page.
 * Hyphenated words are kept joined as well, as Pagefind indexes them. Filed by first letter, so a
 * correction fetches one or two small files, and only when a query word is found nowhere. Within a
 * file, the words most pages have come first: among equally close corrections the search page
 * takes the more common word.
 */
import { indexedWords, joinedWords, tokenize } from '../shared/words.ts';
import { vocabularyKey } from '../shared/spelling.ts';
import { COMMON_PAGES, COMMON_SHARE } from '../shared/common-words.ts';
import { FREQUENT_SHARE } from '../shared/index-budget.ts';
import { STOP_WORDS } from '../shared/stop-words.ts';

/** Body words on fewer pages than this are left out (unless named in a title, heading or term). */
const MIN_PAGES = 2;
const SHORTEST = 3;

const usable = (word: string) => word.length >= SHORTEST && !/\d/.test(word);

export class VocabularyBuilder {
  /** How many pages each body word stands on. */
  private pages = new Map<string, number>();
  /** How many pages were counted. */
  private total = 0;
  /** Words named in titles, headings, terms and groups. */
  private named = new Set<string>();

  /** Counts one page's body text. */
  addPage(text: string): void {
    this.addPageWords(new Set(tokenize(text)), joinedWords(text));
  }

  /**
   * Counts one page from its words, already split: `words` as tokenize gives them, each once, and
   * its hyphenated words joined (joinedWords), as Pagefind indexes them too. The build splits each
   * page once for this and the lexicon (src/search/build/site-words.ts).
   */
  addPageWords(words: ReadonlySet<string>, joined: readonly string[]): void {
    this.total++;
    const count = (word: string) => {
      if (usable(word)) this.pages.set(word, (this.pages.get(word) ?? 0) + 1);
    };
    for (const word of words) count(word);
    for (const word of new Set(joined)) if (!words.has(word)) count(word);
  }

  /** Adds words the vocabulary always keeps. */
  addNamed(text: string): void {
    for (const word of indexedWords(text)) if (usable(word)) this.named.add(word);
  }

  /**
   * The words on at least COMMON_SHARE of the pages and on COMMON_PAGES pages or more, with their
   * share (two decimals), which a long query leaves out (src/search/shared/common-words.ts).
   * Function words are never searched anyway.
   */
  common(): Map<string, number> {
    const common = new Map<string, number>();
    for (const [word, n] of this.pages) {
      const share = n / this.total;
      if (share >= COMMON_SHARE && n >= COMMON_PAGES && !STOP_WORDS.has(word)) common.set(word, Math.round(share * 100) / 100);
    }
    return common;
  }

  /**
   * On a large site (COMMON_PAGES pages or more), the words on at least FREQUENT_SHARE of the pages,
   * with their share (three decimals): which words of a long question tell least, to leave out
   * first when its first search would go over budget (src/search/shared/index-budget.ts). None on
   * a smaller site, whose searches need no budget.
   */
  frequent(): Map<string, number> {
    const frequent = new Map<string, number>();
    if (this.total < COMMON_PAGES) return frequent;
    for (const [word, n] of this.pages) {
      const share = n / this.total;
      if (share >= FREQUENT_SHARE && !STOP_WORDS.has(word)) frequent.set(word, Math.round(share * 1000) / 1000);
    }
    return frequent;
  }

  /** The files: first letter → words, most common first (ties alphabetically, for a stable build). */
  files(): Map<string, string[]> {
    const kept = new Map<string, number>();
    for (const [word, n] of this.pages) if (n >= MIN_PAGES) kept.set(word, n);
    for (const word of this.named) kept.set(word, this.pages.get(word) ?? 1);
    const byLetter = new Map<string, [string, number][]>();
    for (const entry of kept) {
      const key = vocabularyKey(entry[0]);
      if (!byLetter.has(key)) byLetter.set(key, []);
      byLetter.get(key)!.push(entry);
    }
    const files = new Map<string, string[]>();
    for (const [key, entries] of [...byLetter].sort(([a], [b]) => (a < b ? -1 : 1))) {
      entries.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
      files.set(key, entries.map(([word]) => word));
    }
    return files;
  }
}
