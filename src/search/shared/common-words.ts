/**
 * Words most pages have, left out of a long query on a large site. Pagefind wants every query word
 * on a page and downloads, for each, the slice of its index where the word lies; for a word on
 * most pages that slice is mostly the word's own list of pages. At 10 000 pages «kommunen» alone
 * was 66 KB, and a natural question («hvem kan søke tilskudd til rusforebyggende arbeid i
 * kommunen») came to 534 KB, over the budget of 300 KB for a first search. Such a word narrows next
 * to nothing (it is on most of the pages anyway) and adds little to a page's score (Pagefind
 * weighs a word by how few pages have it). So a question of three words or more is searched
 * without its words that are on at least half of the pages, keeping at least two words and the
 * words the synonym groups name. The build writes each common word with its share of the pages
 * beside the word groups that begin like it (src/search/build/vocabulary.ts,
 * src/search/shared/group-shards.ts), so a query fetches only the ones its words could be. Titles
 * are still matched against the whole query (src/search/browser/pagefind-client.ts).
 */
import { inflectionStem, wordStem } from './stem.ts';
import { STOP_WORDS } from './stop-words.ts';
import { namedWords, wordForms } from './query-variants.ts';
import { tokenize } from './words.ts';

/** A word on at least this share of the searchable pages is common… */
export const COMMON_SHARE = 0.5;
/**
 * …if that is at least this many pages. A word's slice of the index grows with the pages it is on,
 * some 5 KB per thousand pages at 10 000 pages; on fewer pages it costs little to fetch, and it
 * still helps to rank a page with the word in its title. On the site of today (about 150 pages)
 * no word is left out: there, leaving out «samarbeid» from «samarbeid med politiet om
 * ungdomskriminalitet» and «kommunen» from a question about a bar's licence lost pages from the
 * first five (docs/performance.md, «Søket etter runde 12»).
 */
export const COMMON_PAGES = 2000;
/** A query with at least this many words (function words not counted) is long… */
export const LONG_QUERY = 3;
/** …and keeps at least this many of them, the least common. */
export const KEPT = 2;

/**
 * The words of a long query to leave out: its common words that no synonym group names, the most
 * common first, as long as at least KEPT words remain. None if the query is short. A word a group
 * names is a subject of the site («alkohol», «barn», «psykisk helse»): on the benchmark's pages
 * they are on most pages too, and leaving them out lost the pages about them.
 */
function commonWordsOf(query: string, shares: ReadonlyMap<string, number>, named: ReadonlySet<string>): string[] {
  const words = longQueryWords(query);
  const share = (word: string) => shares.get(word) ?? 0;
  const common = words.filter((word) => share(word) >= COMMON_SHARE && !named.has(word)).sort((a, b) => share(b) - share(a));
  return common.slice(0, Math.max(0, words.length - KEPT));
}

/** The query's words without function words, each once. */
export const queryWords = (query: string): string[] => [...new Set(tokenize(query).filter((word) => !STOP_WORDS.has(word)))];

/**
 * The words the budget for a first search may weigh (wordsOverBudget in
 * src/search/shared/index-budget.ts): the reader's own words that are sent (`typed`), and the
 * words the query's other forms add (`alternatives`), such as a programme's full title for its
 * short name. A short query has no more words of its own than are always kept (KEPT), so for it
 * only the other forms' words can go.
 */
export function budgetedWords(query: string, forms: readonly string[], common: ReadonlySet<string>): { typed: string[]; alternatives: string[] } {
  const typed = queryWords(query).filter((word) => !common.has(word));
  const own = new Set(typed.flatMap(shortenedForms));
  const alternatives = [...new Set(forms.flatMap((form) => form.split(' ')))].filter((word) => word && !own.has(word) && !common.has(word));
  return { typed, alternatives };
}

/** The query's words without function words, each once, if there are LONG_QUERY or more; none if the query is short. */
export function longQueryWords(query: string): string[] {
  const words = queryWords(query);
  return words.length >= LONG_QUERY ? words : [];
}

/**
 * The synonym groups a query is rewritten with: all of them, except, in a long query, the groups
 * that name one of its common words. Such a word is kept (it is a subject of the site), but only in
 * the form the reader typed: it is on most pages already, so its other names add few pages, and
 * each of them costs the reader a slice of the index. At 10 000 pages «arbeid» in a question about
 * grants was also searched as the other name its group gave it, whose slice shares room with the
 * function word «den» (77 KB), and the first search came to 326 KB, over the budget of 300 KB.
 */
export function groupsToRewrite(query: string, shares: ReadonlyMap<string, number>, groups: string[][]): string[][] {
  const common = new Set(longQueryWords(query).filter((word) => (shares.get(word) ?? 0) >= COMMON_SHARE));
  if (common.size === 0) return groups;
  return groups.filter((group) => ![...namedWords(query, [group])].some((word) => common.has(word)));
}

/**
 * The words the search does not send for a query: its common words (if it is long), their
 * shortened forms («kommun» from «kommunen», src/search/shared/stem.ts) and the forms their
 * synonym groups put in their place in the query's other forms (src/search/shared/query-variants.ts):
 * a word on most pages in one form stands for the same thing in the other.
 */
export function leftOutWords(query: string, shares: ReadonlyMap<string, number>, groups: string[][]): Set<string> {
  return withTheirForms(commonWordsOf(query, shares, namedWords(query, groups)), groups);
}

/** Words left out of a query, with their shortened forms and the forms their synonym groups give them. */
export function withTheirForms(words: string[], groups: string[][]): Set<string> {
  return new Set(words.flatMap((word) => [word, inflectionStem(word), ...wordForms(word, groups).flatMap(tokenize)]));
}

/** A word and the shortened forms a query's forms may send it as (src/search/shared/stem.ts). */
export const shortenedForms = (word: string): string[] => [word, inflectionStem(word), wordStem(word)];

/**
 * The words a query is sent without once `out` is left out to keep its first search within budget
 * (src/search/shared/index-budget.ts): its common words; a word the reader typed, with its other
 * forms; another name a group added, with its shortened forms. A shortened form the reader's own
 * words also have stays: at 10 000 pages «overdosar», added for «overdoser», was left out, and its
 * stem «overdos» went with it, so «hvordan kan kommunen forebygge overdoser» was searched without
 * the one word that told what it was about.
 */
export function leftOutWithForms(
  out: Iterable<string>,
  query: { typed: readonly string[]; common: ReadonlySet<string>; groups: string[][] },
): Set<string> {
  const { typed, common, groups } = query;
  const own = new Set(typed.flatMap(shortenedForms));
  const words = [...out];
  const others = words
    .filter((word) => !typed.includes(word))
    .flatMap(shortenedForms)
    .filter((form) => !own.has(form));
  return new Set([...common, ...withTheirForms(words.filter((word) => typed.includes(word)), groups), ...others]);
}

/** A form of the query (words separated by spaces) without the words left out. */
export const without = (form: string, leftOut: ReadonlySet<string>): string =>
  form
    .split(' ')
    .filter((word) => word && !leftOut.has(word))
    .join(' ');
