/**
 * A thin typed wrapper around Pagefind's browser API (dist/pagefind/pagefind.js), loaded at run
 * time so Vite does not try to bundle the index. Adds what Pagefind lacks for Norwegian:
 * - the query is also run in the other forms of its words (bokmål/nynorsk, full name to
 *   abbreviation) and the lists are merged, so each page matches in its own words;
 * - function words («som», «hvordan») are not sent, since Pagefind requires every word it gets;
 * - when a query of several words finds few pages, the words are also searched one by one and
 *   those pages follow, so a long, natural query still finds something useful;
 * - a word no page has is corrected to the closest word in the site's vocabulary, and the
 *   corrected query is searched instead (src/search/shared/spelling.ts);
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
  /** The corrected query, when the words as typed found too little and a correction found more. */
  corrected?: string;
  /** The words to mark in excerpts: the query's own, its corrections and their other forms. */
  words: string[];
}

import { isAbbreviation, searchForms } from '../shared/query-variants.ts';
import { STOP_WORDS } from '../shared/stop-words.ts';
import { tokenize } from '../shared/words.ts';
import { wordStarts, joinShards, shardPath, type Shard } from '../shared/group-shards.ts';
import { correctWord, MIN_CORRECTED, vocabularyPath } from '../shared/spelling.ts';

let loaded: Promise<Pagefind> | undefined;
const shards = new Map<string, Promise<Shard>>();

/** The groups with a term that begins like `start` (written by the build to /sok/ordgrupper/). */
function shard(start: string): Promise<Shard> {
  let loaded = shards.get(start);
  if (!loaded) {
    loaded = fetch(shardPath(start))
      .then((r) => (r.ok ? (r.json() as Promise<Shard>) : []))
      .catch(() => []);
    shards.set(start, loaded);
  }
  return loaded;
}

/** The synonym groups the query's words can belong to. */
async function synonymGroups(query: string): Promise<string[][]> {
  return joinShards(await Promise.all(wordStarts(query).map(shard)));
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
    // added by the build) are metadata, weighted below the page's own words; dates and the type
    // are metadata for display only and must not lift a page.
    await pf.options({
      excerptLength: 26,
      ranking: { metaWeights: { title: 6, terms: 1, extra: 1, description: 1, topics: 1, type: 0, date: 0, when: 0, when_datetime: 0 }, termSimilarity: 3 },
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

/** A search found too little when it has fewer results than this: then typos are looked for. */
const FEW = 3;

/** The words of a query as typed, capitals kept, so abbreviations can be told apart. */
const typedWords = (q: string): string[] => q.match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * The query with each word no page has replaced by its correction, or undefined if there is none.
 * A word is left alone if it is a function word, has digits, is an abbreviation in capitals («BTI»,
 * «KoRus»), is too short to correct, is known to the synonym groups, or is found on any page
 * (Pagefind matches it as the start of some word): a rare real word is never «fixed».
 */
async function corrected(pf: Pagefind, q: string, groups: string[][]): Promise<string | undefined> {
  const known = new Set(groups.flat().flatMap((term) => tokenize(term)));
  let changed = false;
  const words = await Promise.all(
    typedWords(q).map(async (typed) => {
      const word = typed.toLocaleLowerCase('nb');
      if (STOP_WORDS.has(word) || /\d/.test(word) || isAbbreviation(typed) || [...word].length < MIN_CORRECTED || known.has(word)) return word;
      if ((await pf.search(word, { filters: {} })).results.length > 0) return word;
      const fixed = await correctWord(word, vocabulary);
      if (fixed) changed = true;
      return fixed ?? word;
    }),
  );
  return changed ? words.join(' ') : undefined;
}

/** The query's forms searched and merged: the reader's own words count most. */
async function searchAll(pf: Pagefind, q: string, options: { filters?: Record<string, string[]> }, stale: () => boolean): Promise<{ results: Result[]; filters: Record<string, Record<string, number>>; forms: string[] } | undefined> {
  const forms = searchForms(q, await synonymGroups(q));
  if (stale()) return undefined;
  const responses = await Promise.all(forms.map((form) => pf.search(form, options)));
  if (stale()) return undefined;
  // The rewritten forms help pages written the other way.
  return { results: merge(responses.map((r) => r.results), [1, 0.5, 0.5]), filters: responses[0]!.filters, forms };
}

/** The words to mark in excerpts: every word of every form searched, without function words. */
const markWords = (forms: string[]): string[] => [...new Set(forms.flatMap((f) => tokenize(f)).filter((w) => !STOP_WORDS.has(w)))];

/**
 * Runs a query and returns ranked results and the filter counts. `stale` tells it the reader has
 * typed on: it then stops at its next step and returns nothing.
 */
export async function runSearch(query: Query, stale: () => boolean = () => false): Promise<Found> {
  const none: Found = { results: [], filters: {}, words: [] };
  const pf = await pagefind();
  const options = { filters: query.filters };
  const ranks = query.sort === 'date' ? dateRanks() : undefined;
  const first = await searchAll(pf, query.q, options, stale);
  if (!first) return none;
  let { results, filters, forms } = first;
  let q = query.q;
  let fixed: string | undefined;
  // Few or no hits: a word may be mistyped. Correct the words no page has, and search again.
  if (results.length < FEW && !query.exact) {
    const candidate = await corrected(pf, query.q, await synonymGroups(query.q));
    if (stale()) return none;
    if (candidate) {
      const again = await searchAll(pf, candidate, options, stale);
      if (!again) return none;
      if (again.results.length > results.length) {
        ({ results, filters, forms } = again);
        q = candidate;
        fixed = candidate;
      }
    }
  }
  // Words worth searching on their own when the whole query finds too little.
  const words = tokenize(q).filter((w) => w.length > 1 && !STOP_WORDS.has(w));
  if (results.length < 5 && words.length >= 2) {
    const seen = new Set(results.map((r) => r.id));
    const parts = await Promise.all(words.map((word) => pf.search(word, options)));
    if (stale()) return none;
    results = [...results, ...merge(parts.map((p) => p.results)).filter((r) => !seen.has(r.id))];
  }
  if (ranks) {
    const order = await ranks;
    // Newest first; a page missing from the list (there should be none) goes last.
    const place = (r: Result) => order.get(r.id) ?? Number.MAX_SAFE_INTEGER;
    results = [...results].sort((a, b) => place(a) - place(b));
  }
  return { results, filters, corrected: fixed, words: markWords(forms) };
}

/** All filter values in the index, with page counts. */
export async function allFilters(): Promise<Record<string, Record<string, number>>> {
  return (await pagefind()).filters();
}
