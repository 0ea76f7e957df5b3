/**
 * A thin typed wrapper around Pagefind's browser API (dist/pagefind/pagefind.js), loaded at run
 * time so Vite does not try to bundle the index. Adds what Pagefind lacks for Norwegian:
 * - the query is also run in the other forms of its words (bokmål/nynorsk, full name to
 *   abbreviation) and the lists are merged, so each page matches in its own words;
 * - function words («som», «hvordan») are not sent, since Pagefind requires every word it gets;
 * - the query is also run with its long words' inflection endings taken off, since the index has
 *   no stemmer;
 * - on a large site, a long question is searched without the words most pages have («kommunen»),
 *   whose slices of the index cost more to download than they tell (src/search/shared/common-words.ts),
 *   and without as many more words as it takes to keep the first search within its budget
 *   (src/search/shared/index-budget.ts); a short query keeps the reader's words and loses only
 *   words of its other forms (a programme's full title), and a corrected query counts what the
 *   search as typed already loaded;
 * - when a query of several words finds few pages, the words are also searched one by one and
 *   those pages follow, so a long, natural query still finds something useful; on a large site a
 *   word on most pages is searched only together with the rarer words, and a search that still
 *   found next to nothing searches every word alone with all of its slices, past the budget;
 * - the first results are reordered by how much of the query their titles say;
 * - a word no page has is corrected to the closest word in the site's vocabulary, and the
 *   corrected query is searched instead (src/search/shared/spelling.ts), and so is a word with its
 *   last letter struck twice that the few hits have only as the start of a rare compound
 *   («planstrategii» in «planstrategiinnledningen»);
 * - sorting by date uses an order the build writes to its own file, loaded only when asked for.
 */
export interface WeightedLocation {
  weight: number;
  balanced_score: number;
  location: number;
}

export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { element: string; id: string; text?: string };
  weighted_locations: WeightedLocation[];
}

export interface ResultData {
  url: string;
  excerpt: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  sub_results?: SubResult[];
}

export interface Result {
  id: string;
  score: number;
  data: () => Promise<ResultData>;
}

interface SearchResponse {
  results: Result[];
  filters: Record<string, Record<string, number>>;
  unfilteredResultCount: number;
}

interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (q: string | null, o?: { filters?: Record<string, string[]> }) => Promise<SearchResponse>;
  preload: (q: string) => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

export interface Query {
  q: string;
  filters: Record<string, string[]>;
  sort: 'relevance' | 'date';
  /** Search the words as typed, without correcting them. */
  exact: boolean;
}

/** What a search found, and, if the query was corrected, what was searched instead. */
export interface Found {
  results: Result[];
  filters: Record<string, Record<string, number>>;
  /** The corrected query, when a word of the query is on no page and its correction finds something. */
  corrected?: string;
  /** The words to mark in excerpts: the query's own, its corrections and their other forms. */
  words: string[];
}

import { isAbbreviation, leadsToGroup, namedWords, queryVariants, searchForms, wordForms } from '../shared/query-variants.ts';
import { onlyFunctionWords, STOP_WORDS } from '../shared/stop-words.ts';
import { indexedWords, tokenize } from '../shared/words.ts';
import { wordStarts, joinShards, shardPath, type StartFile } from '../shared/group-shards.ts';
import { COMMON_SHARE, KEPT, LONG_QUERY, groupsToRewrite, budgetedWords, leftOutWithForms, leftOutWords, without } from '../shared/common-words.ts';
import { extensionLoads, joinBudgets, leftoverWithin, RESULTS_READ, withVocabularies, wordsOverBudget, type SliceBudget } from '../shared/index-budget.ts';
import { correctWord, MIN_CORRECTED, vocabularyPath } from '../shared/spelling.ts';
import { MissingWords, startsOnly, unseenWords, withoutDoubledEnd } from '../shared/missing-words.ts';
import { titleShare } from '../shared/title-match.ts';
import { commonPairs, matchWordByWord, searchesShare, tellingWords } from '../shared/word-by-word.ts';
import { wordStem } from '../shared/stem.ts';
import { RecentSearches } from './recent-searches.ts';

let loaded: Promise<Pagefind> | undefined;
const startFiles = new Map<string, Promise<StartFile>>();
const NOTHING: StartFile = { groups: [], common: [] };

/** The groups and common words with a word that begins like `start` (written by the build to /sok/ordgrupper/). */
function startFile(start: string): Promise<StartFile> {
  let loaded = startFiles.get(start);
  if (!loaded) {
    loaded = fetch(shardPath(start))
      .then((r) => (r.ok ? (r.json() as Promise<StartFile>) : NOTHING))
      .catch(() => NOTHING);
    startFiles.set(start, loaded);
  }
  return loaded;
}

const filesFor = (query: string) => Promise.all(wordStarts(query).map(startFile));

/** The synonym groups the query's words can belong to. */
async function synonymGroups(query: string): Promise<string[][]> {
  return joinShards((await filesFor(query)).map((file) => file.groups));
}

/** The words on most pages that the query's words can be, with their share of the pages (src/search/shared/common-words.ts). */
async function commonShares(query: string): Promise<Map<string, number>> {
  return new Map((await filesFor(query)).flatMap((file) => file.common));
}

/** The words on many pages that the query's words can be, with their share of the pages (src/search/shared/index-budget.ts). */
async function frequentShares(query: string): Promise<Map<string, number>> {
  return new Map((await filesFor(query)).flatMap((file) => file.frequent ?? []));
}

/** The index's slices the query's words can lie in or load, and the room a first search leaves them (src/search/shared/index-budget.ts). */
async function sliceBudget(query: string): Promise<SliceBudget | undefined> {
  return joinBudgets((await filesFor(query)).map((file) => file.slices));
}

/** A letter after every letter of the index's words (æ, ø, å included): «rusmiddelþ» follows every word that begins with «rusmiddel». */
const PAST_EVERY_LETTER = 'þ';

/**
 * Searches `query`, first loading every slice of the index that holds words beginning with one of
 * its words. Pagefind matches a query word as the beginning of the indexed words, but loads only
 * the slice of its index whose range holds the word itself: where the words that begin with it run
 * on into the next slice («rusmiddel» at the end of one, «rusmiddelforebygging» in the next), the
 * pages with those words were not found, and which words a slice ends with changes whenever the
 * site does. Loading the slice that holds the end of the word's range as well (the word followed
 * by a letter after every letter) finds them. Both slices load at once, and most often they are
 * the same one.
 *
 * Only for a query of one word, where a reader wants every page with the word or its compounds.
 * A common word's range can cover a slice of its own (30–50 KB at 10 000 pages): for every word of
 * «tidlig intervensjon» and its other forms, that took the first search from 272 to 438 KB, over
 * the budget of 300 KB, and a query of several words is narrowed by its other words anyway. On a
 * large site, where the range runs over more than two slices, searchAll loads those in between as
 * far as the budget allows, for this word and the words of longer queries (extensionsWithin).
 */
function searchWhole(pf: Pagefind, query: string, options: { filters?: Record<string, string[]> }): Promise<SearchResponse> {
  const word = loneWord(query);
  return recent.get(searchKey(word ? `${WHOLE}${word}` : query, options), async () => {
    if (word) await Promise.all([pf.preload(word), pf.preload(`${word}${PAST_EVERY_LETTER}`)]);
    return pf.search(query, options);
  });
}

/**
 * Pagefind's answers to recent searches on this page (src/search/browser/recent-searches.ts), up to
 * this many results between them: some two long questions' searches at 10 000 pages.
 */
const recent = new RecentSearches<SearchResponse>(30_000);
/** Marks the key of a lone word searched with the slices past its range loaded (searchWhole). */
const WHOLE = '\u0001';
const searchKey = (words: string, options: { filters?: Record<string, string[]> }) => `${JSON.stringify(options.filters ?? {})}\n${words}`;

/**
 * Pagefind's answer for one word of the word-by-word match. The same word searched whole
 * (searchWhole) is the same search with the slices past the word's range loaded too, so its
 * answer, where there is one, serves as well.
 */
function searchWord(pf: Pagefind, word: string, options: { filters?: Record<string, string[]> }): Promise<SearchResponse> {
  return recent.known(searchKey(`${WHOLE}${word}`, options)) ?? recent.get(searchKey(word, options), () => pf.search(word, options));
}

/** The form's word, if it has only one (repeated or not). */
function loneWord(form: string): string | undefined {
  const words = new Set(form.split(/\s+/).filter(Boolean));
  return words.size === 1 ? [...words][0] : undefined;
}

/** The words searchWhole sends Pagefind for a form of the query: a lone word with the one past its range. */
function wholeWords(form: string): string[] {
  const word = loneWord(form);
  return word ? [word, `${word}${PAST_EVERY_LETTER}`] : [...new Set(form.split(/\s+/).filter(Boolean))];
}

/** Loads Pagefind once. */
export function pagefind(): Promise<Pagefind> {
  loaded ??= (async () => {
    const url = '/pagefind/pagefind.js';
    const pf = (await import(/* @vite-ignore */ url)) as Pagefind;
    // Titles matter most to people scanning for a guideline or tool by name. Exact words beat
    // longer words they begin (termSimilarity): «kor» should find KOR before «korleis» and «korus».
    // Both values were chosen on the public query set (tests/search/queries.yaml). Without a stemmer
    // in the index, a query word often matches a longer inflected or compound word («rus» in
    // «rusfeltet»), so the preference for exact words is milder than Pagefind's stemmed setup
    // needed (3, down from 6); that helped the queries added after tuning most.
    // The page's extra words (editors' terms, topic synonyms; compound parts and abbreviations
    // added by the build) and its lead are metadata, weighted below the page's own words. What a
    // result only shows (type, date, topics) is not metadata but filters
    // (src/search/shared/result-fields.ts), so it is never matched against a query.
    await pf.options({
      excerptLength: 26,
      ranking: { metaWeights: { title: 6, terms: 1, extra: 1, description: 1 }, termSimilarity: 3 },
    });
    await pf.init();
    return pf;
  })();
  return loaded;
}

/**
 * Starts loading Pagefind (script, WebAssembly, page list) and the word groups for a query already
 * in the address as soon as the search page opens, so the reader's first search does not also
 * wait for them. These are the same files the first search would load anyway.
 */
export function warmUp(query: string): void {
  void pagefind().catch(() => undefined);
  void synonymGroups(query);
}

/**
 * A result whose data() is worked out once. The search page reads the best results' data up to
 * three times (the typo check, the named pages, drawing them), and Pagefind fetches, unpacks and
 * excerpts the page anew on every call: on a slow phone at 10 000 pages that was tens of ms.
 */
function once(result: Result): Result {
  let data: Promise<ResultData> | undefined;
  return { ...result, data: () => (data ??= result.data()) };
}

/**
 * Merges ranked lists: each list's scores are scaled to its best hit, and a page's scaled scores
 * add up, so a page found by several forms of the query rises.
 */
function merge(lists: Result[][], weights: number[] = []): Result[] {
  const total = new Map<string, Result>();
  for (const [i, list] of lists.entries()) {
    const best = list[0]?.score || 1;
    const weight = weights[i] ?? 1;
    for (const r of list) {
      const prev = total.get(r.id);
      const score = (weight * r.score) / best + (prev?.score ?? 0);
      total.set(r.id, { ...r, score });
    }
  }
  return [...total.values()].sort((a, b) => b.score - a.score);
}

let dates: Promise<Map<string, number>> | undefined;

/**
 * Each page's place in date order, newest first (written by the build to /sok/datoer.txt; see
 * src/search/build/date-order.ts). Loaded the first time a reader sorts by date, not before.
 */
function dateRanks(): Promise<Map<string, number>> {
  dates ??= fetch('/sok/datoer.txt')
    .then((r) => (r.ok ? r.text() : ''))
    .catch(() => '')
    .then((text) => new Map(text.split('\n').filter(Boolean).map((id, i) => [id, i])));
  return dates;
}

const vocabularyFiles = new Map<string, Promise<readonly string[]>>();

/** The vocabulary file for a word's first letter (written by the build to /sok/ordliste/). */
function vocabulary(word: string): Promise<readonly string[]> {
  const path = vocabularyPath(word);
  let file = vocabularyFiles.get(path);
  if (!file) {
    file = fetch(path)
      .then((r) => (r.ok ? r.text() : ''))
      .catch(() => '')
      .then((text) => text.split('\n').filter(Boolean));
    vocabularyFiles.set(path, file);
  }
  return file;
}

/** The words of a query as typed, capitals kept, so abbreviations can be told apart. */
const typedWords = (q: string): string[] => q.match(/[\p{L}\p{N}]+/gu) ?? [];

/** How many of the best hits are read to see whether a query word is on them. */
const CHECKED = 3;

/** Words of a result's text and searchable metadata: the words Pagefind matches a query against. */
function resultWords(data: ResultData): string[] {
  const { title = '', terms = '', extra = '', description = '' } = data.meta;
  return indexedWords([data.content, title, terms, extra, description].join(' '));
}

/**
 * The query's words the search may correct: not function words, words with digits, abbreviations
 * in capitals («BTI», «KoRus»), words too short to correct, words the synonym groups know, or an
 * everyday word a group leads to the pages' word, inflected («huslegen» when a group leads
 * «huslege» to «fastlege»): the pages do not have it, but it is no typo. Lower case.
 */
function correctable(q: string, groups: string[][]): string[] {
  const known = new Set(groups.flat().flatMap((term) => tokenize(term)));
  return typedWords(q)
    .filter((word) => !isAbbreviation(word))
    .map((word) => word.toLocaleLowerCase('nb'))
    .filter((word) => !STOP_WORDS.has(word) && !/\d/.test(word) && [...word].length >= MIN_CORRECTED && !known.has(word) && !leadsToGroup(word, groups));
}

/** The words earlier searches on this page found on no page (src/search/shared/missing-words.ts). */
const missingSoFar = new MissingWords();

/**
 * Corrected queries that found nothing on the whole site. A word no page has is often a real word
 * the pages do not use («bryter» in «hva gjør kommunen når et skjenkested bryter reglene»), and the
 * nearest word in the vocabulary, put in its place, finds no page with the other words. The same
 * correction was then searched twice for a key the reader typed after the word: before the search
 * as typed (the word was known to be missing) and after it (it was missing still), some 50 ms each
 * on a slow phone at 10 000 pages. The index does not change while the page is open, and filters
 * only narrow a search, so a correction that found nothing without filters finds nothing with them.
 */
const emptyCorrections = new Set<string>();

/**
 * The query's words that may be mistyped: words no page has. Pagefind does not say so itself: it
 * leaves out a word it does not know and searches the others, so a typo still brings hits, just
 * for the other words. A word counts as found when the best hits for the query as typed (on the
 * whole site, whatever the filters) have a word that begins with it. A word found on no page is
 * remembered, when that is certain: the query had hits without it, or it was the only word.
 */
async function missingWords(q: string, typed: Result[], groups: string[][]): Promise<string[]> {
  const candidates = correctable(q, groups);
  if (candidates.length === 0) return [];
  const best = await Promise.all(typed.slice(0, CHECKED).map((r) => r.data()));
  const seen = best.flatMap(resultWords);
  const missing = unseenWords(candidates, seen);
  const certain = typed.length > 0 || tokenize(q).filter((w) => !STOP_WORDS.has(w)).length === 1;
  if (certain) for (const word of missing) missingSoFar.add(word);
  return missing;
}

/**
 * The query with a word the few hits have only as the start of longer words, and that ends in a
 * doubled letter, written without the second letter, if the vocabulary has it so
 * (src/search/shared/missing-words.ts): «planstrategii» where one page says
 * «planstrategiinnledningen». Only for a query that found at most CHECKED pages, all of which are
 * read here; the search page shows it only if it finds CLEARLY_MORE times as many.
 */
async function undoubled(q: string, typed: Result[], groups: string[][]): Promise<string | undefined> {
  if (typed.length === 0 || typed.length > CHECKED) return undefined;
  const candidates = correctable(q, groups);
  if (candidates.length === 0) return undefined;
  const seen = (await Promise.all(typed.map((r) => r.data()))).flatMap(resultWords);
  const fixes = new Map<string, string>();
  for (const word of startsOnly(candidates, seen)) {
    const fixed = withoutDoubledEnd(word);
    if (fixed && (await vocabulary(fixed)).includes(fixed)) fixes.set(word, fixed);
  }
  return withFixes(q, fixes);
}

/** How many times as many pages a word written without its doubled last letter must find to be searched instead. */
const CLEARLY_MORE = 3;

/**
 * The query with each missing word replaced by its correction from the vocabulary, or undefined
 * if none could be corrected. A missing word the vocabulary lists is a real word and is kept.
 */
async function corrected(q: string, missing: string[]): Promise<string | undefined> {
  const fixes = new Map<string, string>();
  for (const word of missing) {
    const fixed = await correctWord(word, vocabulary);
    if (fixed) fixes.set(word, fixed);
  }
  return withFixes(q, fixes);
}

/** The query with the words in `fixes` replaced, or undefined if there are none. */
function withFixes(q: string, fixes: Map<string, string>): string | undefined {
  if (fixes.size === 0) return undefined;
  return tokenize(q)
    .map((word) => fixes.get(word) ?? word)
    .join(' ');
}

/**
 * The words a query leaves out: its common ones (`common`), and those whose slices of the index
 * would take its first search over the budget (src/search/shared/index-budget.ts), counted on what
 * its forms and the word-by-word match would send. The other names the groups add go first, the
 * reader's own words after them. A short query has no more of the reader's words than are always
 * kept (KEPT), so only its other names can go: at 10 000 pages «tidlig inn» was also searched by the
 * programme's full title, five words more, and its first search came to 336 KB. A corrected query
 * is counted with what the search of the query as typed loaded (`counted.before`), on the files for
 * the beginnings in `counted.known`: at 10 000 pages «… langvarige plagene er», corrected to
 * «planene», came to 345 KB.
 */
function withinBudget(
  q: string,
  query: { forms: string[]; groups: string[][]; named: ReadonlySet<string>; common: ReadonlySet<string>; shares: ReadonlyMap<string, number> },
  budget: SliceBudget | undefined,
  counted: { before: readonly string[]; known: ReadonlySet<string> },
): { leftOut: Set<string>; sent: string[] } {
  const { forms, groups, named, common, shares } = query;
  const { typed, alternatives } = budgetedWords(q, forms, common);
  const leftOutWith = (out: Iterable<string>): Set<string> => leftOutWithForms(out, { typed, common, groups });
  // Each word's own searches are worked out once: the budget tries many sets of words left out.
  const stems = new Map(searchedWords(q).map((word) => [word, wordStems(word, groups)]));
  const sentWithout = (out: ReadonlySet<string>): string[] => {
    const leftOut = leftOutWith(out);
    const whole = forms.map((form) => without(form, leftOut)).flatMap(wholeWords);
    const single = [...stems].flatMap(([word, list]) => singleSearches(word, list, leftOut));
    return [...whole, ...single.flatMap((stem) => stem.split(' '))];
  };
  const out = new Set(wordsOverBudget({ typed, alternatives, named }, sentWithout, budget, counted.known, shares, KEPT, counted.before));
  return { leftOut: leftOutWith(out), sent: sentWithout(out) };
}

/**
 * The words that load the slices in between for the query's words that are searched (extensionLoads
 * in src/search/shared/index-budget.ts), within what the first search has room for after `sent`
 * (with what a search of the query as typed loaded before it), counted on the files for the
 * beginnings in `known`: each word's own searches, the words on fewest pages first, as they tell
 * the pages apart most.
 */
function extensionsWithin(
  q: string,
  query: { groups: string[][]; leftOut: ReadonlySet<string>; sent: string[]; shares: ReadonlyMap<string, number> },
  budget: SliceBudget | undefined,
  known: ReadonlySet<string>,
): string[] {
  const { groups, leftOut, sent, shares } = query;
  const searches = searchedWords(q).flatMap((word) => singleSearches(word, wordStems(word, groups), leftOut));
  const share = (word: string) => shares.get(word) ?? 0;
  const rarest = [...new Set(searches)].sort((a, b) => share(a) - share(b));
  return extensionLoads(rarest, sent, budget, known, shares);
}

/**
 * The query's forms searched and merged: the reader's own words count most. Nothing if the reader
 * typed on before the searching began; once begun, the hits are returned and the caller decides.
 * A corrected query is searched with what the search of the query as typed loaded (`before`) and
 * the number of vocabulary files loaded to correct it (`vocabularies`): all of it is the first search.
 */
async function searchAll(
  pf: Pagefind,
  q: string,
  options: { filters?: Record<string, string[]> },
  stale: () => boolean,
  before: readonly string[] = [],
  vocabularies = 0,
): Promise<
  | {
      results: Result[];
      typed: Result[];
      filters: Record<string, Record<string, number>>;
      forms: string[];
      sent: string[];
      groups: string[][];
      leftOut: Set<string>;
      /** The shares of the pages the query's words and the words beginning like them are on, where known (large sites only). */
      shares: ReadonlyMap<string, number>;
      /** The index's slices the query's words can lie in, on a large site (src/search/shared/index-budget.ts). */
      budget: SliceBudget | undefined;
      /** The words on most pages that no group names, left out of a long query on a large site, with their forms (src/search/shared/common-words.ts). */
      common: ReadonlySet<string>;
      /** The words whose slices of the index this search and `before` loaded. */
      loaded: string[];
    }
  | undefined
> {
  // The slices a search of the query as typed loaded are counted with this one's: both are the first search.
  const counted = [q, ...before].join(' ');
  const [known, shares, frequent, sliced] = await Promise.all([synonymGroups(q), commonShares(q), frequentShares(q), sliceBudget(counted)]);
  // The vocabulary files loaded to correct the query take room too (src/search/shared/index-budget.ts).
  const budget = withVocabularies(sliced, vocabularies);
  // A long query's common words are not sent, and those the groups name are sent only as typed
  // (src/search/shared/common-words.ts).
  const common = leftOutWords(q, shares, known);
  const groups = groupsToRewrite(q, shares, known);
  const forms = searchForms(q, groups);
  // Nor the words whose slices of the index would take the first search over its budget.
  const allShares = new Map([...frequent, ...shares]);
  // The files for the beginnings of both searches' words are the ones sliceBudget fetched.
  const starts = new Set(wordStarts(counted));
  const { leftOut, sent: loaded } = withinBudget(q, { forms, groups, named: namedWords(q, known), common, shares: allShares }, budget, { before, known: starts });
  const extensions = extensionsWithin(q, { groups, leftOut, sent: [...before, ...loaded], shares: allShares }, budget, starts);
  if (stale()) return undefined;
  const sent = [...new Set(forms.map((form) => without(form, leftOut)))];
  if (extensions.length > 0) {
    // Loaded with the slices of the words sent, before Pagefind searches any of them, and as one
    // query: Pagefind's worker answers one message at a time, and fetches a query's slices at once.
    await pf.preload([...new Set([...extensions, ...sent.flatMap(wholeWords)])].join(' '));
    if (stale()) return undefined;
  }
  const responses = await Promise.all(sent.map((form) => searchWhole(pf, form, options)));
  const lists = responses.map((r) => r.results.map(once));
  // The reader's own words count most; the rewritten and shortened forms help pages written
  // another way.
  const results = merge(lists, sent.map((_, i) => (i === 0 ? 1 : 0.5)));
  return { results, typed: lists[0]!, filters: responses[0]!.filters, forms, sent, groups, leftOut, shares: allShares, budget, common, loaded: [...before, ...loaded, ...extensions] };
}

/**
 * One list from a word's forms, where a page found by several keeps its best score: a page that
 * says «alkohol» where the reader typed «sprit» counts as having the word, but saying both does
 * not count twice. The scores are Pagefind's own, not scaled per form: they come from the same
 * index, and a form few pages have would otherwise lift its weakest page to the top.
 */
function anyOf(lists: Result[][]): Result[] {
  const best = new Map<string, Result>();
  for (const list of lists) {
    for (const r of list) {
      if ((best.get(r.id)?.score ?? -1) < r.score) best.set(r.id, r);
    }
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}

/** What a word is searched as on its own: it and its group's forms, shortened, each once («fastlegen» and its group's «fastlege» are both «fastleg»). */
const wordStems = (word: string, groups: string[][]): string[] => [...new Set([word, ...wordForms(word, groups)].map(wordStem))];

/** The searches of the word-by-word match for a word and its stems (wordStems): none if it is left out, and none of the stems left out. */
const singleSearches = (word: string, stems: string[], leftOut: ReadonlySet<string>): string[] =>
  leftOut.has(word) ? [] : stems.filter((stem) => !leftOut.has(stem));

/** The query's words that can be searched one by one: not function words or single letters, each once. */
const searchedWords = (q: string): string[] => [...new Set(tokenize(q).filter((w) => w.length > 1 && !STOP_WORDS.has(w)))];

/**
 * The pages that have some of the words, ranked by how many they have and how telling each is: a
 * word on few pages counts more than one on many (inverse document frequency, relative to the
 * query's most common word), and each word's scores are scaled to its best page. `perWord` holds
 * each word's searches: it and, for a word in a synonym group, its group's main forms, shortened
 * (src/search/shared/query-variants.ts). `pairs` holds, for each common word not searched alone,
 * its searches together with the telling words (commonPairs in src/search/shared/word-by-word.ts),
 * whose pages count as having it. `searchOne` is how a word is searched.
 */
async function wordByWord(
  pf: Pagefind,
  perWord: string[][],
  options: { filters?: Record<string, string[]> },
  pairs: string[][] = [],
  searchOne: (word: string) => Promise<SearchResponse> = (word) => searchWord(pf, word, options),
): Promise<Result[]> {
  const search = async (stem: string) => (await searchOne(stem)).results.map(once);
  const lists = await Promise.all(perWord.map(async (stems) => anyOf(await Promise.all(stems.map(search)))));
  const most = Math.max(1, ...lists.map((l) => l.length));
  const weights = lists.map((l) => Math.log(1 + most / Math.max(1, l.length)));
  // A common word is on at least as many pages as the most common telling word: the weight it
  // would have as the query's most common word.
  const common = await Promise.all(pairs.map(async (searches) => anyOf(await Promise.all(searches.map(search)))));
  return merge([...lists, ...common], [...weights, ...common.map(() => Math.log(2))]);
}

/** The results of `more` that are not among `results`. */
function notAmong(results: readonly Result[], more: readonly Result[]): Result[] {
  const seen = new Set(results.map((r) => r.id));
  return more.filter((r) => !seen.has(r.id));
}

/** Fewer results than this, and a query of several words is searched more loosely (runSearch). */
const FEW = 5;

/** Marks the key of a search made with every slice of its word's range loaded (everyWordWhole). */
const EVERY = '\u0002';

/**
 * The word-by-word match as on a small site, for a search on a large one that found next to
 * nothing: every word of the query searched on its own, with the slices of the index its longer
 * words lie in loaded first, as far as the first search's room allows after the slices it loaded
 * (`sent`; leftoverWithin in src/search/shared/index-budget.ts). At 10 000 pages «beskyttelse»
 * otherwise missed «beskyttelsesfaktorer» in a slice the first search had left out. The most
 * telling words come first, and a word whose slices do not fit is not searched.
 */
async function everyWordWhole(
  pf: Pagefind,
  perWord: string[][],
  within: { budget: SliceBudget; sent: readonly string[]; known: ReadonlySet<string> },
  shares: ReadonlyMap<string, number>,
  options: { filters?: Record<string, string[]> },
): Promise<Result[]> {
  const telling = [...perWord].sort((a, b) => searchesShare(a, shares) - searchesShare(b, shares));
  // Not the range of a word on most pages («barn»): it runs over many slices, whose longer words add little.
  const rare = new Set(perWord.flat().filter((word) => searchesShare([word], shares) < COMMON_SHARE));
  const { kept, loads } = leftoverWithin(telling, rare, within.sent, within.budget, within.known);
  if (kept.length === 0) return [];
  await pf.preload([...new Set([...kept.flat(), ...loads])].join(' '));
  return wordByWord(pf, kept, options, [], (word) => recent.get(searchKey(`${EVERY}${word}`, options), () => pf.search(word, options)));
}

/** How many of the first results are looked at for a page the query names: the ones shown first anyway. */
const NAMED = RESULTS_READ;
/**
 * How much a title that says the whole query adds to a result's score, where the best result has 1.
 * Chosen on the public query set (tests/search/queries.yaml) and checked on questions written before
 * it was chosen; anything from 0.5 to 1 gave nearly the same figures.
 */
const TITLE_WEIGHT = 0.7;

/**
 * The first results reordered by their titles. A page whose title is the query (or one of its
 * forms) comes first, then pages whose title begins with it: someone typing «sammen om mestring»
 * or «brukerplan» is looking for the guideline or tool by that name more than for the pages that
 * mention it. The rest are ordered by their score with a bonus, for a query of two words or more,
 * for how much of it the title says, function words included (src/search/shared/title-match.ts),
 * so a question finds the page titled with that question. Only the results shown first are looked
 * at, whose data the search page loads anyway.
 */
async function namedFirst(results: Result[], names: string[]): Promise<Result[]> {
  const first = results.slice(0, NAMED);
  const data = await Promise.all(first.map((r) => r.data()));
  const forms = names.flatMap((name) => [tokenize(name), tokenize(name).filter((w) => !STOP_WORDS.has(w))]).filter((f) => f.length > 0);
  const rank = (title: string): number => {
    const words = tokenize(title);
    const startsWith = (form: string[]) => form.every((w, i) => words[i] === w);
    if (forms.some((f) => f.length === words.length && startsWith(f))) return 0;
    return forms.some(startsWith) ? 1 : 2;
  };
  const best = first[0]?.score || 1;
  // One word needs no help: Pagefind weighs a word in the title six times already (options above).
  const weight = tokenize(names[0] ?? '').length >= 2 ? TITLE_WEIGHT : 0;
  const order = first.map((r, i) => {
    const title = data[i]!.meta.title ?? '';
    return { r, rank: rank(title), value: r.score / best + weight * titleShare(title, names) };
  });
  order.sort((a, b) => a.rank - b.rank || b.value - a.value);
  return [...order.map((x) => x.r), ...results.slice(NAMED)];
}

/** The words to mark in excerpts: every word of every form searched, without function words. */
const markWords = (forms: string[]): string[] => [...new Set(forms.flatMap((f) => tokenize(f)).filter((w) => !STOP_WORDS.has(w)))];

/**
 * Runs a query and returns ranked results and the filter counts. `stale` tells it the reader has
 * typed on: it then stops at its next step and returns nothing.
 */
export async function runSearch(query: Query, stale: () => boolean = () => false): Promise<Found> {
  const none: Found = { results: [], filters: {}, words: [] };
  // Nothing to find: the index holds no function words. Pagefind is not even loaded.
  if (onlyFunctionWords(query.q)) return none;
  const pf = await pagefind();
  const options = { filters: query.filters };
  const ranks = query.sort === 'date' ? dateRanks() : undefined;
  let q = query.q;
  let fixed: string | undefined;
  let found: Awaited<ReturnType<typeof searchAll>>;
  const filtered = Object.keys(query.filters).length > 0;
  // The vocabulary files this search loads to correct its words (the map only grows): what a search
  // downloads, and what its budget counts.
  const vocabulariesBefore = vocabularyFiles.size;
  const vocabulariesLoaded = () => vocabularyFiles.size - vocabulariesBefore;
  // Whether a corrected query is worth searching, and remembering the ones that found nothing.
  const worthSearching = (candidate: string | undefined): candidate is string => candidate !== undefined && !emptyCorrections.has(candidate);
  const remember = (candidate: string, hits: number) => {
    if (hits === 0 && !filtered) emptyCorrections.add(candidate);
  };
  // A word an earlier search found on no page is corrected before searching, so the corrected
  // query is searched once (the reader has usually typed the word before the last key).
  if (!query.exact) {
    const known = correctable(q, await synonymGroups(q)).filter((word) => missingSoFar.has(word));
    const candidate = known.length > 0 ? await corrected(q, known) : undefined;
    if (stale()) return none;
    if (worthSearching(candidate)) {
      found = await searchAll(pf, candidate, options, stale, [], vocabulariesLoaded());
      if (!found || stale()) return none;
      remember(candidate, found.results.length);
      if (found.results.length > 0) q = fixed = candidate;
      else found = undefined;
    }
  }
  found ??= await searchAll(pf, q, options, stale);
  if (!found) return none;
  let { results, filters, forms, groups, leftOut, shares, budget, common, loaded: sent } = found;
  // A word no page has is likely mistyped: correct it and search again, unless the reader asked
  // for the words as typed. With filters on, whether a word exists is judged on the whole site.
  if (!query.exact) {
    if (stale()) {
      // The reader has typed on, most often adding to the same words. Which of them no page has
      // is still worth learning from the hits already found (three pages' text): a mistyped word
      // is then corrected before the next search instead of after it, which spares that search
      // a whole round (some 300 ms on a slow phone at 10 000 pages).
      if (!filtered && !fixed) await missingWords(q, found.typed, found.groups);
      return none;
    }
    // Wrapped like found.typed, so the typo checks below read each hit's data once.
    const typed = filtered ? (await searchWhole(pf, found.sent[0] ?? q, { filters: {} })).results.map(once) : found.typed;
    if (stale()) return none;
    const missing = await missingWords(q, typed, found.groups);
    // With no word missing, a word the few hits have only as the start of a longer one may still
    // be a key struck twice; written without it, it must then find clearly more pages.
    const candidate = missing.length > 0 ? await corrected(q, missing) : await undoubled(q, typed, found.groups);
    const enough = missing.length > 0 ? 1 : CLEARLY_MORE * typed.length;
    if (stale()) return none;
    if (worthSearching(candidate)) {
      const again = await searchAll(pf, candidate, options, stale, found.loaded, vocabulariesLoaded());
      if (!again || stale()) return none;
      remember(candidate, again.results.length);
      // Counted as the query as typed was: on the whole site, whatever the filters.
      const onSite = filtered && enough > 1 ? (await searchWhole(pf, again.sent[0] ?? candidate, { filters: {} })).results.length : again.results.length;
      if (stale()) return none;
      if (again.results.length > 0 && onSite >= enough) {
        ({ results, filters, forms, groups, leftOut, shares, budget, common, loaded: sent } = again);
        q = fixed = candidate;
      }
    }
  }
  // Pagefind wants every word on a page. A question («hva gjør kommunen når et skjenkested bryter
  // reglene») often has a word the best page does not use, so a query of three words or more is
  // also matched word by word, and a page with most of the telling words rises; a shorter query
  // does so only when all its words together find too little. When all the words together find
  // plenty and its words are on many pages, the strict match is kept alone: matching common words
  // one by one on a large site returns thousands of pages, and the reader would wait for them
  // (src/search/shared/word-by-word.ts).
  const all = searchedWords(q);
  // The common words of a long query are not looked up one by one either (src/search/shared/common-words.ts).
  const words = all.filter((word) => !leftOut.has(word));
  // Each step below asks Pagefind's worker for more, and the worker does one thing at a time: a
  // stale search that went on would hold up the one the reader is waiting for.
  if (stale()) return none;
  // Each word's own searches (singleSearches), worked out once for the cost and the match.
  const perWord = words.map((word) => singleSearches(word, wordStems(word, groups), leftOut));
  const telling = tellingWords(perWord, shares);
  const looseMatch = () => wordByWord(pf, telling, options, commonPairs(perWord, telling));
  if (all.length >= LONG_QUERY && matchWordByWord(results.length, perWord.flat(), shares)) {
    results = merge([results, await looseMatch()], [0.5, 1]);
  } else if (results.length < FEW && all.length >= 2) {
    results = [...results, ...notAmong(results, await looseMatch())];
  }
  // Still next to nothing on a large site: what the first search left out to stay quick and within
  // its budget is what is left to go on. At 10 000 pages «hvordan hjelpe barn av foreldre som ruser
  // seg» was searched as «foreldre ruser», then «ruser» alone, and found one page where the site
  // of today finds the pages about children as next of kin; «beskyttelse» missed
  // «beskyttelsesfaktorer» in a slice the budget had no room for. The query's words are then
  // searched one by one as on a small site, each with the slices its longer words lie in, as far as
  // the first search's budget has room; not the words on most pages that no group names
  // («kommunen»), which would bring in most of the site.
  // Their pages follow those found, which keep their place: a page with all the words comes first.
  if (stale()) return none;
  let after: Result[] = [];
  if (results.length < FEW && budget) {
    const more = all.filter((word) => !common.has(word));
    if (more.length > 0) {
      const within = { budget, sent, known: new Set(wordStarts([q, ...sent].join(' '))) };
      after = notAmong(results, await everyWordWhole(pf, more.map((word) => wordStems(word, groups)), within, shares, options));
      if (stale()) return none;
    }
  }
  if (!ranks) results = await namedFirst(results, [q, ...queryVariants(q, groups)]);
  results = [...results, ...after];
  if (ranks) {
    const order = await ranks;
    // Newest first; a page missing from the list (there should be none) goes last.
    const place = (r: Result) => order.get(r.id) ?? Number.MAX_SAFE_INTEGER;
    results = [...results].sort((a, b) => place(a) - place(b));
  }
  return { results, filters, corrected: fixed, words: markWords(forms) };
}

/**
 * Every filter's values, from the small list the build writes (src/search/build/filter-values.ts)
 * rather than Pagefind's filters(), which would load every filter's index for the menus alone.
 */
export async function allFilters(): Promise<Record<string, string[]>> {
  const response = await fetch('/sok/filtre.json');
  return response.ok ? ((await response.json()) as Record<string, string[]>) : {};
}
