/**
 * What a first search may download, and which words of a long question to leave out to stay within
 * it. Pagefind downloads, for each word it is sent, the slice of its index whose range of words
 * holds that word (src/search/build/index-slices.ts). Most slices are small, but a slice with a word
 * on thousands of pages is mostly that word's list of pages: at 10 000 pages «barn» alone was 50 KB,
 * and a question of five words («hva sier loven om taushetsplikt når vi er bekymret for et barn»)
 * came to 341 KB, over the budget. Such a word tells Pagefind least about which pages to rank first:
 * it weighs a word by how few pages have it. The build works out how much room the slices have
 * (the budget less what every search loads anyway) and lists the slices beside the word groups,
 * by the beginnings of the words they hold (src/search/shared/group-shards.ts), so the search page
 * can count before it searches.
 */

/** What a first search may download at most: the page's search files, the index and the results shown. */
export const FIRST_SEARCH_BYTES = 300 * 1024;

/** How many of the first results' pages a search reads (src/search/browser/pagefind-client.ts). */
export const RESULTS_READ = 10;

/**
 * A word on at least this share of a large site's pages is listed with its share, so the search
 * page can leave out the words that tell least first (src/search/build/vocabulary.ts).
 */
export const FREQUENT_SHARE = 0.03;

/** What a response's headers add to each file downloaded, about. */
export const HEADER_BYTES = 256;

/**
 * A slice a word of the synonym groups loads is listed for the search page if it is this large or
 * larger; a smaller one is counted as a typical small slice. Listing every slice each group word
 * loads took the file for «fo» at 10 000 pages from 2 to 5 KB compressed.
 */
export const LISTED_SLICE_BYTES = 10 * 1024;

/** What the search page needs to count a search's slices before it searches. */
export interface SliceBudget {
  /** Bytes the index's slices may take in a first search. */
  room: number;
  /** What a slice smaller than LISTED_SLICE_BYTES costs, headers included: the mean of those. */
  typical: number;
  /**
   * What the largest vocabulary file costs, headers included (src/pages/sok/ordliste/). The room
   * keeps one for correcting a mistyped word; a search that loads more has less room (withVocabularies).
   */
  vocabulary: number;
  /**
   * Every slice a word that begins like the file's words can lie in or load: first word and last
   * word as Pagefind shortens them, bytes with headers, and the slice's place in Pagefind's list.
   */
  ranges: [from: string, to: string, bytes: number, slice: number][];
  /**
   * The words of the file's synonym groups that begin otherwise («førebyggjande» in the file for
   * «fo») and load a large slice or several, each with the places of the slices it loads.
   */
  words: [word: string, ...slices: number[]][];
  /** The large slices those words load that `ranges` does not have: place and bytes. */
  sizes: [slice: number, bytes: number][];
}

/**
 * A word as Pagefind looks it up in its list of slices: without accents and the ring of «å»
 * («pårørende» is «parørende»), as its search script does (normalizeDiacritics); «æ» and «ø» are
 * letters of their own and stay.
 */
export const pagefindForm = (word: string): string => word.normalize('NFD').replace(/\p{M}/gu, '');

/** The first one or two letters of a word, as the files for the search page are named by (src/search/shared/group-shards.ts). */
export const startOf = (word: string): string => [...word].slice(0, 2).join('');

type Range = readonly [from: string, to: string, ...rest: unknown[]];

/**
 * The slices Pagefind loads for a word (pagefind_web's request_indexes, 1.5 and later): every
 * slice whose range holds it; for a word in no range, every slice whose ends, cut to the word's
 * length, hold it, in case a longer word begins with it. Pagefind cuts the ends of a range short
 * («førebyggjan» for a slice that ends with «førebyggjande»), so a word at the end of a slice lies
 * in no range and loads the slices near it: at 10 000 pages «førebyggjande» loaded three, 38 KB in
 * all, where its own slice was 5 KB.
 */
export function loadedSlices<T extends Range>(word: string, slices: readonly T[]): T[] {
  const form = pagefindForm(word);
  const strict = slices.filter(([from, to]) => from <= form && form <= to);
  return strict.length > 0 ? strict : prefixSlices(word, slices);
}

/**
 * Every slice a word that begins with `word` can lie in: those whose ends, cut to the word's
 * length, hold it. Pagefind cuts by letters; the index's words are letters of the Basic
 * Multilingual Plane, where a letter is one UTF-16 unit, so plain string slices do, and cost no
 * arrays of letters (the build looks up every beginning and every group word, the search page each
 * budget it tries).
 */
function prefixSlices<T extends Range>(word: string, slices: readonly T[]): T[] {
  const form = pagefindForm(word);
  return slices.filter(([from, to]) => {
    const a = Math.min(form.length, from.length);
    const b = Math.min(form.length, to.length);
    return form.slice(0, a) >= from.slice(0, a) && form.slice(0, b) <= to.slice(0, b);
  });
}

/**
 * The slices of `ranges` that hold words beginning with `word`. Pagefind cuts a range's last word
 * short, so a slice that ends before the word in a word it begins with («plan» for «planarbeid»)
 * may hold longer words, unless the next slice begins before the word does: its words all come
 * before the next slice's first.
 */
export function spannedSlices(word: string, ranges: SliceBudget['ranges']): SliceBudget['ranges'] {
  const form = pagefindForm(word);
  const after = firstAfter(ranges);
  return prefixSlices(word, ranges).filter(([, to, , place]) => {
    if (to >= form) return true;
    const next = after(place);
    return next === undefined || next > form;
  });
}

/**
 * What the word-by-word match of a search that found next to nothing loads, within what the first
 * search has room for after the slices `sent` already loaded: each word's searches (`perWord`, the
 * most telling words first) if they fit, then the slices in between for those of them in `rare`,
 * as far as the room allows. Unlike extensionLoads, the frequent longer words a slice holds do not
 * keep it out: the search has little else to go on. Before, all those slices were loaded past the
 * budget: at 10 000 pages «Tidlig inn-opplæring i Lofoten» came to 336 KB.
 */
export function leftoverWithin(
  perWord: readonly string[][],
  rare: ReadonlySet<string>,
  sent: readonly string[],
  budget: SliceBudget,
  known: ReadonlySet<string>,
): { kept: string[][]; loads: string[] } {
  const looked = new Map<string, number[]>();
  const loaded = [...sent];
  const kept: string[][] = [];
  for (const searches of perWord) {
    if (sliceCost([...loaded, ...searches], budget, known, looked) > budget.room) continue;
    kept.push(searches);
    loaded.push(...searches);
  }
  const loads = extensionLoads(kept.flat().filter((word) => rare.has(word)), loaded, budget, known);
  return { kept, loads };
}

/** The first word of the slice after the one at `place`, if `ranges` has it. */
function firstAfter(ranges: SliceBudget['ranges']): (place: number) => string | undefined {
  const byPlace = new Map(ranges.map((range) => [range[3], range[0]]));
  return (place) => byPlace.get(place + 1);
}

/**
 * At most this share of the site's pages may a word's slices in between add through the frequent
 * words they hold (those on FREQUENT_SHARE of the pages or more). Pagefind's work for a search grows
 * with the pages it finds, and such words tell little: at 10 000 pages of the benchmark's word
 * salad, loading every slice in between took «koordinator» from 2 800 pages to 5 800 (with
 * «koordinatoren», «koordinatorer»), and «KOR» lost one of its pages from the first five. A rare
 * compound («ungdomsmedvirkning») is what the reader misses, and adds few pages
 * (docs/performance.md, «Runde 28»).
 */
export const EXTENSION_SHARE = 0.1;

/**
 * The words to load besides `sent` so that Pagefind also finds the longer words that begin with
 * `words`, as far as the first search's room allows. Pagefind matches a word as the beginning of
 * longer ones, but only among the slices it has loaded, and loads the one that holds the word (and
 * the search page the one that holds the end of its range, src/search/browser/pagefind-client.ts).
 * With the small slices of a large site, the words that begin with a query word run over several:
 * at 10 000 pages «beskyttelse» ran over four, and «beskyttelsesfaktorer», in the third, was not
 * found; nor «ungdomsmedvirkning» for «ungdom». Each slice in between is loaded by its first word,
 * the words in the order given (the telling ones first), each slice only if the search still fits
 * and the word's frequent longer words (`shares`) stay under EXTENSION_SHARE of the pages.
 */
export function extensionLoads(
  words: readonly string[],
  sent: readonly string[],
  budget: SliceBudget | undefined,
  known: ReadonlySet<string>,
  shares: ReadonlyMap<string, number> = new Map(),
): string[] {
  if (!budget) return [];
  const looked = new Map<string, number[]>();
  const after = firstAfter(budget.ranges);
  const loads: string[] = [];
  let cost = sliceCost(sent, budget, known, looked);
  for (const word of words) {
    if (!known.has(startOf(word))) continue;
    const form = pagefindForm(word);
    const longer = [...shares].map(([w, share]) => [pagefindForm(w), share] as const).filter(([w]) => w.startsWith(form));
    let added = 0;
    for (const [from, to, , place] of spannedSlices(word, budget.ranges)) {
      const withSlice = sliceCost([...sent, ...loads, from], budget, known, looked);
      if (withSlice === cost || withSlice > budget.room) continue;
      // The slice's words run from its first to its cut last one, and come before the next slice's first.
      const next = after(place);
      const holds = (w: string) => w >= from && (w <= to || (w.startsWith(to) && (next === undefined || w < next)));
      const adds = longer.filter(([w]) => holds(w)).reduce((sum, [, share]) => sum + share, 0);
      if (added + adds >= EXTENSION_SHARE) continue;
      loads.push(from);
      cost = withSlice;
      added += adds;
    }
  }
  return loads;
}

/** The slices of several files, each once, with the room and typical cost of any of them (they are the same in all). */
export function joinBudgets(budgets: (SliceBudget | undefined)[]): SliceBudget | undefined {
  const found = budgets.filter((b): b is SliceBudget => b !== undefined);
  const [first] = found;
  if (!first) return undefined;
  const ranges = new Map(found.flatMap((b) => b.ranges).map((range) => [range[3], range]));
  const words = new Map(found.flatMap((b) => b.words).map((word) => [word[0], word]));
  const sizes = new Map(found.flatMap((b) => b.sizes));
  return { room: first.room, typical: first.typical, vocabulary: first.vocabulary, ranges: [...ranges.values()], words: [...words.values()], sizes: [...sizes] };
}

/**
 * The budget of a search that loaded `files` vocabulary files to correct its words: the room keeps
 * one, and each file more takes room from the slices. At 10 000 pages «finnes det kurs for
 * bartendere i å nekte servering til gjester som er for fulle» loaded 23 KB of them and came to 301 KB.
 */
export function withVocabularies(budget: SliceBudget | undefined, files: number): SliceBudget | undefined {
  if (!budget || files <= 1) return budget;
  return { ...budget, room: budget.room - (files - 1) * budget.vocabulary };
}

/**
 * What searching these words costs, each slice counted once: a word the files list costs the
 * slices Pagefind loads for it; a word whose beginning's file the search page has (`known`, the
 * query's words' beginnings) costs the slices it lies in or loads, and so does a slice's first
 * word, which loads the slices in between (extensionLoads), whichever file listed the slice.
 * Pagefind looks «år» up as «ar», so the file for «år» lists the slices of «arbeid…»; counted as
 * typical slices, those took «hvor mange skjenkekontroller må kommunen gjennomføre i løpet av et
 * år» to 331 KB at 10 000 pages. Any other word costs a typical slice, unless it begins another
 * such word: a shortened form («bekymr» beside «bekymret») lies beside it, nearly always in the
 * same slice.
 */
export function sliceCost(words: Iterable<string>, budget: SliceBudget, known: ReadonlySet<string>, looked = new Map<string, number[]>()): number {
  const unique = [...new Set(words)].filter(Boolean);
  const bytes = new Map([...budget.sizes, ...budget.ranges.map(([, , size, slice]) => [slice, size] as const)]);
  const firstWords = new Set(budget.ranges.map(([from]) => from));
  const slicesOf = (word: string): number[] => {
    const form = pagefindForm(word);
    const listed = budget.words.find(([w]) => w === form)?.slice(1) as number[] | undefined;
    if (listed) return listed;
    return known.has(startOf(word)) || firstWords.has(form) ? loadedSlices(word, budget.ranges).map(([, , , slice]) => slice) : [];
  };
  const loaded = new Set<number>();
  const small: string[] = [];
  for (const word of unique) {
    // `looked` keeps each word's slices between calls: the budget counts the same words many times.
    const slices = looked.get(word) ?? looked.set(word, slicesOf(word)).get(word)!;
    slices.forEach((slice) => loaded.add(slice));
    if (slices.length === 0) small.push(word);
  }
  const alone = small.filter((word) => !small.some((other) => other !== word && other.startsWith(word)));
  return [...loaded].reduce((sum, slice) => sum + (bytes.get(slice) ?? budget.typical), 0) + alone.length * budget.typical;
}

/**
 * The words of a long question to leave out so its slices fit the room: none if they fit. Tried
 * first are the other names the synonym groups add (`alternatives`), then the reader's words on
 * many pages (`shares`, src/search/build/vocabulary.ts), which tell least: first those no group
 * names («sier», «antall»), then those a group names (`named`: the site's subjects, such as
 * «alkohol»). The reader's rare words («årsverk») go last, in the same order. Within each, the word
 * on most pages first, then the one whose slices cost most. At 10 000 pages, leaving out «alkohol»
 * first because most pages have it lost the pages about talking with pregnant women about alcohol
 * and violence, as in runde 12 (docs/performance.md). A word is left out only if that saves
 * something, and `keep` of the reader's words always remain. `sentWithout` says which words would
 * be sent to Pagefind with some words left out (their other forms and shortened forms go with them).
 * `spent` are words an earlier search of the same first search loaded (the query as typed, before
 * its typo was corrected): their slices count, and leaving them out saves nothing.
 */
export function wordsOverBudget(
  question: { typed: string[]; alternatives: string[]; named: ReadonlySet<string> },
  sentWithout: (leftOut: ReadonlySet<string>) => string[],
  budget: SliceBudget | undefined,
  known: ReadonlySet<string>,
  shares: ReadonlyMap<string, number>,
  keep: number,
  spent: readonly string[] = [],
): string[] {
  if (!budget) return [];
  const { typed, alternatives, named } = question;
  const out = new Set<string>();
  const looked = new Map<string, number[]>();
  const cost = (words: ReadonlySet<string>) => sliceCost([...spent, ...sentWithout(words)], budget, known, looked);
  const rank = (word: string) => {
    if (!typed.includes(word)) return 0;
    const rare = (shares.get(word) ?? 0) === 0;
    return (rare ? 2 : 0) + (named.has(word) ? 2 : 1);
  };
  let current = cost(out);
  while (current > budget.room) {
    const typedLeft = typed.filter((word) => !out.has(word)).length;
    const options = [...typed, ...alternatives]
      .filter((word) => !out.has(word) && (!typed.includes(word) || typedLeft > keep))
      .map((word) => ({ word, saved: current - cost(new Set([...out, word])), share: shares.get(word) ?? 0 }))
      .filter((o) => o.saved > 0)
      .sort((a, b) => rank(a.word) - rank(b.word) || b.share - a.share || b.saved - a.saved);
    const [best] = options;
    if (!best) break;
    out.add(best.word);
    current -= best.saved;
  }
  return [...out];
}
