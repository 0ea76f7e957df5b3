/**
 * Function words left out of what is sent to Pagefind. Pagefind requires every query word on a
 * page and keeps no list of its own, so «barn som pårørende» also looked up «som», which is on
 * nearly every page: at 10 000 pages that one word's slice of the index was 180 KB, more than the
 * rest of the search together, and it narrowed nothing. Phrases in the synonym groups are still
 * matched with these words in (src/search/shared/query-variants.ts runs on the query as typed).
 *
 * Bokmål and nynorsk pronouns, prepositions, conjunctions, question words and auxiliaries, after
 * the Snowball project's Norwegian stop word list, without the words on that list that can carry
 * meaning in titles here («alle», «mange», «selv», «samme», «mye» as in «drikker for mye», and
 * «inn», as in the programme «Tidlig inn»), and the noun in «i stedet for» / «i staden for». In a
 * long question that is matched word by word, a word on few pages counts for much, so these words,
 * which a page that answers the question need not use, pulled up pages that happened to have them.
 * Measured on questions written by people who had not seen the search (docs/performance.md,
 * «Søket etter runde 8»).
 */
import { tokenize } from './words.ts';

const WORDS = `
og i på til av for om med fra frå ved hos mot mellom under over etter før ut opp ned
er var blir ble blei vart blitt vorte være vere vært vore har hadde ha kan kunne skal skulle
vil ville må måtte bør burde
en ei et ein eit den det de dei dette desse disse denne
jeg eg du han hun ho vi me dere de dykk meg deg seg oss dem deim
min mitt mine din ditt dine sin sitt sine hans hennes hennar vår vårt våre deres deira
som at å så da då når enn eller men både begge også bare berre
hva kva hvem kven hvor kvar hvordan korleis hvorfor kvifor hvilken hvilke kva for
ikke ikkje ingen inga inkje noe noko noen nokon
her der nå man kun uten utan fordi hvis viss dersom mens medan slik slike sånn hver kvart
siden sidan ellers elles stedet staden
`;

export const STOP_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));

/**
 * Whether a query is function words only («hva er det»): the index has none of them
 * (src/search/build/index-function-words.ts), so the search page does not search for it, and says why.
 */
export function onlyFunctionWords(query: string): boolean {
  const words = tokenize(query);
  return words.length > 0 && words.every((w) => STOP_WORDS.has(w));
}

/**
 * The query without its function words, for Pagefind. A query of function words only is left as
 * it is (the search page does not send it: onlyFunctionWords).
 */
export function withoutStopWords(query: string): string {
  const words = tokenize(query);
  const kept = words.filter((w) => !STOP_WORDS.has(w));
  return kept.length > 0 ? kept.join(' ') : words.join(' ');
}
