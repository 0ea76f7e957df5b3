/**
 * A light stemmer for Norwegian query words. The search index has none (one index serves bokmål and
 * nynorsk, and Pagefind stems only per language), and Pagefind matches a query word as the start of
 * a page's word, so taking the ending off a query word finds its other forms. Used for the forms a
 * query is searched in (query-variants.ts), the word-by-word search (src/search/browser/pagefind-client.ts)
 * and the title match (title-match.ts).
 */

/** Endings of inflected Norwegian words, longest first: bokmål and nynorsk plural and definite forms. */
const ENDINGS = ['ene', 'ane', 'er', 'ar', 'en', 'et', 'a', 'e'];

/**
 * A word without its inflection ending, for matching word by word: Pagefind matches the start of
 * words, so «studenter» then also finds «studentar» and «student», and «kartlegge» finds
 * «kartlegging». Only long words lose an ending, and at least five letters are kept.
 */
export function wordStem(word: string): string {
  if (word.length < 7) return word;
  const ending = ENDINGS.find((e) => word.endsWith(e) && word.length - e.length >= 5);
  return ending ? word.slice(0, -ending.length) : word;
}

/**
 * A word without a plural or definite ending («handlingsplanen», «skjenkestader», «arbeidsgruppa»,
 * «tiltaka»), for searching the whole query in a shorter form. A final «e» stays: it is as often
 * part of the word itself («overdose», «pårørende»), and without it the search found every compound
 * that begins the same way («overdose» lost its pages at 10 000 pages). A final «a» on a long word
 * is nearly always the definite ending, in nynorsk and in bokmål.
 */
export function inflectionStem(word: string): string {
  const stem = wordStem(word);
  return word.length - stem.length >= 2 || word.endsWith('a') ? stem : word;
}
