/**
 * When a long query is also matched word by word (src/search/browser/pagefind-client.ts): Pagefind
 * wants every word on a page, and a question often has a word the best page does not use. The
 * word-by-word match finds that page, but each of its searches costs time in step with the pages
 * it finds. With the CPU 4× slower at 10 000 pages, a word on 251 pages took 5 ms and «kommunen»,
 * on 7 809, 102 ms (docs/performance.md, «Runde 18»). Matching every long question word by word
 * took «hvordan lage rusmiddelpolitisk handlingsplan» from 153–172 to 407–498 ms on the
 * benchmark's word salad («Runde 17»), over the 300 ms a search may take.
 */
import { COMMON_SHARE } from './common-words.ts';

/** All the words together finding fewer pages than this, a long query is matched word by word… */
export const PLENTY = 50;

/**
 * …and also when its word-by-word searches find at most this share of the site's pages between
 * them: half the pages at 10 000 is some 65 ms, which a question's search has room for.
 */
export const CHEAP_SHARE = 0.5;

/**
 * The share of the site's pages `searches` (words Pagefind matches as beginnings) find between
 * them, as far as `shares` tell: the build writes the share of every word on at least 3 % of the
 * pages of a large site (src/search/shared/index-budget.ts), and the search page loads those that
 * begin like the query's words. A search counts every word that begins with it, at most all the
 * pages; a word on fewer pages counts as none. A small site has no shares: every search there is
 * cheap.
 */
export function searchesShare(searches: readonly string[], shares: ReadonlyMap<string, number>): number {
  let total = 0;
  for (const search of searches) {
    let share = 0;
    for (const [word, part] of shares) if (word.startsWith(search)) share += part;
    total += Math.min(1, share);
  }
  return total;
}

/** Whether a long query whose words together found `found` pages is matched word by word too, with `searches`. */
export const matchWordByWord = (found: number, searches: readonly string[], shares: ReadonlyMap<string, number>): boolean =>
  found < PLENTY || searchesShare(searches, shares) <= CHEAP_SHARE;

/**
 * The words a word-by-word match searches one by one, from `perWord` (each word's searches): not
 * a word whose searches find at least half the site's pages (COMMON_SHARE), as long as a word
 * remains; if every word is that common, the least common one. Such a word («kommunen», «barn»)
 * tells the pages apart the least: the match weighs a word by how few pages have it, and the
 * strict match has already asked for it on every page. Yet its search costs the most, in step
 * with the pages it finds: «kommun» found 8 397 of 10 000 pages in 98–120 ms with the CPU 4×
 * slower, where «ungdataresultat» in the same question found 17 in 12 ms (docs/performance.md,
 * «Runde 20»). Left out, it no longer brings in the thousands of pages that have that word alone.
 */
export function tellingWords(perWord: readonly string[][], shares: ReadonlyMap<string, number>): string[][] {
  const searched = perWord.filter((searches) => searches.length > 0);
  const share = new Map(searched.map((searches) => [searches, searchesShare(searches, shares)]));
  const telling = searched.filter((searches) => share.get(searches)! < COMMON_SHARE);
  if (telling.length > 0 || searched.length === 0) return telling;
  return [searched.reduce((least, searches) => (share.get(searches)! < share.get(least)! ? searches : least))];
}

/**
 * The searches that stand in for the common words tellingWords leaves out: each such word's own
 * search (its first) together with each telling word's own search, two words in one query.
 * Pagefind's time for a query goes with the pages that have all its words, not with the pages of
 * its most common one: with the CPU 4× slower at 10 000 pages, «kommunen» alone took 126–176 ms
 * and «kommunen ruser» 3–6 ms. A page with the common word and a telling word thus still counts the
 * common word, as it does on a small site where every word is searched alone. Returned per common
 * word, each with its pairs.
 */
export function commonPairs(perWord: readonly string[][], telling: readonly string[][]): string[][] {
  const own = (searches: readonly string[]) => searches[0]!;
  const told = new Set(telling.map((searches) => searches.join(' ')));
  const left = perWord.filter((searches) => searches.length > 0 && !told.has(searches.join(' ')));
  return left.map((common) => telling.map((word) => `${own(common)} ${own(word)}`));
}
