/**
 * Extra words for the search index, so that Pagefind (which matches query words only as
 * prefixes of indexed words) also finds a page by:
 * - the abbreviation of a full name it uses (groups of equivalent terms), and
 * - the parts its compound words end in: «rusmiddelforebygging» is also indexed as
 *   «forebygging», «skjenkekontroll» as «kontroll». The part a compound begins with («skjenke»,
 *   «rusmiddel») is not added: Pagefind finds it as the beginning of the word already. A word's
 *   end counts as a part only where what comes before it is made of words too: «forebygging» is
 *   not indexed as «bygging», nor «foreldre» as «eldre» or «oversikt» as «sikt».
 * Pure functions: the build integration feeds them page text and the lexicon.
 */
import { tokenize } from '../shared/words.ts';
import { STOP_WORDS } from '../shared/stop-words.ts';

export interface Lexicon {
  /** Groups of equivalent terms, lower case; a term may be a phrase of several words. */
  groups: string[][];
  /**
   * Words known to stand on their own (not function words), used to recognise the parts of a
   * compound: a part it ends in has at least four letters, a part it begins with at least three
   * («rus» in «rustiltak»).
   */
  heads: Set<string>;
}

/** Inflection endings tried when a compound's last part is inflected (kontrollen → kontroll). */
const endings = ['ane', 'ene', 'en', 'et', 'er', 'ar', 'a', 'e'];
/** Shortest part of a compound worth indexing on its own. */
const MIN_PART = 4;
/** Shortest word worth splitting. */
const MIN_COMPOUND = 8;

function known(part: string, heads: Set<string>): string | undefined {
  if (part.length < MIN_PART) return undefined;
  if (heads.has(part)) return part;
  for (const ending of endings) {
    // endsWith first: slicing for every ending made this one of the build's main sources of garbage.
    if (!part.endsWith(ending)) continue;
    const base = part.slice(0, -ending.length);
    if (base.length >= MIN_PART && heads.has(base)) return base;
  }
  return undefined;
}

/** Parts already worked out, per lexicon: the same words recur on page after page. */
const partsCache = new WeakMap<Set<string>, Map<string, string[]>>();

/** The parts worked out so far for a lexicon's words, looked up once per page rather than once per word. */
function partsFor(heads: Set<string>): Map<string, string[]> {
  let cache = partsCache.get(heads);
  if (!cache) partsCache.set(heads, (cache = new Map()));
  return cache;
}

/**
 * The known words a compound ends in, excluding the word itself: «skjenkekontrollen» → «kontroll».
 * Not the word it begins with («skjenke»), which Pagefind matches as the beginning of the
 * compound: at 10 000 pages those were a third of all extra words, and only made the index bigger
 * (2 %) and Pagefind's memory larger (some 150–200 MB) without finding a page more.
 */
export function compoundParts(word: string, heads: Set<string>, cache = partsFor(heads)): string[] {
  if (word.length < MIN_COMPOUND) return [];
  const cached = cache.get(word);
  if (cached) return cached;
  const parts = splitCompound(word, heads);
  cache.set(word, parts);
  return parts;
}

/** Letters Norwegian puts between the parts of a compound: handling-s-plan, barn-e-vern. */
const LINKS = ['s', 'e'];
/** Shortest word a compound can begin with («rus», «mål», «lov»). */
const MIN_FIRST = 3;

/** Endings a word may have where the site uses it alone: «skole» is known from «skolen». */
const INFLECTIONS = ['', 'n', 'r', 'en', 'er', 'et', 'a', 'ar'];

/** Per lexicon: every word of the site with each of its possible endings taken off («skolen» → «skole», «skol»). */
const bareForms = new WeakMap<Set<string>, Set<string>>();

/**
 * Whether the site uses `form` alone, bare or with one of the endings. Looked up in the site's words
 * with their endings taken off, worked out once: trying each ending on each beginning of each
 * compound was a tenth of the time the build spends on extra words at 10 000 pages.
 */
function isWord(form: string, heads: Set<string>): boolean {
  let forms = bareForms.get(heads);
  if (!forms) {
    forms = new Set();
    for (const word of heads) for (const ending of INFLECTIONS) if (word.endsWith(ending)) forms.add(word.slice(0, word.length - ending.length));
    bareForms.set(heads, forms);
  }
  return forms.has(form);
}

/** Whether a compound's first part is known, per lexicon: the same beginnings recur. */
const firstCache = new WeakMap<Set<string>, Map<string, boolean>>();

/** How many of the site's words a beginning starts, followed by a known word: «rusmiddel» in «rusmiddelbruk». */
const startCounts = new WeakMap<Set<string>, Map<string, number>>();
/**
 * A beginning that starts this many different compounds counts as a word, though the site never
 * uses it alone: «rusmiddel» (rusmiddelbruk, rusmiddelpolitisk, rusmiddelforebygging), whose
 * plural «rusmidler» does not begin it.
 */
const COMPOUND_STARTS = 3;
/**
 * Beginnings that make new words rather than compounds, so they never count as a first part, even
 * where the site has them alone (function words such as «for», «over» and «med» never count
 * either): «forebygging» is not about «bygging», nor «samarbeid» about «arbeid».
 */
const PREFIXES = new Set(['fore', 'sam', 'gjen', 'mis', 'inn', 'van', 'still']);

function compoundStarts(heads: Set<string>): Map<string, number> {
  let counts = startCounts.get(heads);
  if (counts) return counts;
  counts = new Map();
  for (const word of heads) {
    for (let i = MIN_FIRST; i <= word.length - MIN_PART; i++) {
      const start = word.slice(0, i);
      if (heads.has(word.slice(i)) && !STOP_WORDS.has(start) && !PREFIXES.has(start)) counts.set(start, (counts.get(start) ?? 0) + 1);
    }
  }
  startCounts.set(heads, counts);
  return counts;
}

/**
 * Whether `start` is made of known words, as the beginning of a compound: «rusmiddel»,
 * «handlings» (handling + s), «ungdomsskole» (ungdom + s + skole). A function word does not
 * count: «for», «over», «med» and «opp» make new words («forvalter», «oversikt», «medvirkning»,
 * «opplæring») whose ends mean something else, and a page about «medvirkning» should not be found
 * by «virkning».
 */
function madeOfWords(start: string, heads: Set<string>): boolean {
  let cache = firstCache.get(heads);
  if (!cache) firstCache.set(heads, (cache = new Map()));
  const cached = cache.get(start);
  if (cached !== undefined) return cached;
  const forms = LINKS.some((link) => start.endsWith(link)) ? [start, start.slice(0, -1)] : [start];
  const starts = compoundStarts(heads);
  const first = (form: string) => !PREFIXES.has(form) && (isWord(form, heads) || (starts.get(form) ?? 0) >= COMPOUND_STARTS);
  let result = forms.some((form) => form.length >= MIN_FIRST && first(form));
  for (let i = MIN_FIRST; !result && i <= start.length - MIN_FIRST; i++) {
    result = first(start.slice(0, i)) && madeOfWords(start.slice(i), heads);
  }
  cache.set(start, result);
  return result;
}

function splitCompound(word: string, heads: Set<string>): string[] {
  const parts = new Set<string>();
  for (let i = MIN_FIRST; i <= word.length - MIN_PART; i++) {
    const head = known(word.slice(i), heads);
    if (!head) continue;
    const start = word.slice(0, i);
    // Three equal consonants are written as two: «helsepersonell» + «loven» → «helsepersonelloven».
    const elided = word[i] === start.at(-1) && madeOfWords(start + word[i], heads);
    if (elided || madeOfWords(start, heads)) parts.add(head);
  }
  // Every part is shorter than the word, so the word itself is never among them.
  return [...parts];
}

/** A full name (a phrase) as words, and the one-word names of its group, which a page using it is indexed with. */
interface NamedPhrase {
  words: string[];
  names: string[];
}

/** The groups' phrases by their first word, worked out once per lexicon. */
const phraseIndexes = new WeakMap<Lexicon, Map<string, NamedPhrase[]>>();

/**
 * Every page is checked against every group's full names, and the groups grow with the site (678
 * at 10 000 pages): trying each group on each page made this the costliest step of a large build.
 * Looked up by the page's own words instead, a page costs as many look-ups as it has words.
 */
function phraseIndex(lexicon: Lexicon): Map<string, NamedPhrase[]> {
  let index = phraseIndexes.get(lexicon);
  if (index) return index;
  index = new Map();
  for (const group of lexicon.groups) {
    const names = group.filter((member) => !member.includes(' ')).map((member) => member.toLocaleLowerCase('nb'));
    if (names.length === 0) continue;
    for (const member of group) {
      if (!member.includes(' ')) continue;
      // As the page's words are split (tokenize), so a phrase is matched word for word.
      const words = tokenize(member);
      if (words.length === 0) continue;
      if (!index.has(words[0]!)) index.set(words[0]!, []);
      index.get(words[0]!)!.push({ words, names });
    }
  }
  phraseIndexes.set(lexicon, index);
  return index;
}

/** Whether `words` follow one another in `tokens` from position `at`. */
const phraseAt = (tokens: string[], at: number, words: string[]): boolean => words.every((word, i) => tokens[at + i] === word);

/**
 * The extra words a page should be indexed with, given its visible text:
 * - a page with a full name («bedre tverrfaglig innsats», «individuell plan») gets the
 *   abbreviations and other one-word names in its group («bti», «ip»), since a one-word query is
 *   never widened into a phrase (src/search/shared/query-variants.ts);
 * - the known words its compounds end in.
 * Words in the other written standard and full names for abbreviations are not added: the search
 * page runs the query in those forms instead. Adding them to every page that has a common word
 * («tidlig», «samarbeid») made those words' index slices, which a reader downloads for each query,
 * several times larger and brought more noise than help.
 * The page's words are split once and the phrases matched on them, word for word: at 10 000 pages,
 * splitting the text a second time and searching it for each phrase took some 2 of the 5 s the
 * extra words cost in a build.
 */
export function expansionTerms(pageText: string, lexicon: Lexicon): string[] {
  const tokens = tokenize(pageText);
  const set = new Set(tokens);
  const phrases = phraseIndex(lexicon);
  const extra = new Set<string>();
  for (let at = 0; at < tokens.length; at++) {
    const starting = phrases.get(tokens[at]!);
    if (!starting) continue;
    for (const { words, names } of starting) if (phraseAt(tokens, at, words)) for (const name of names) extra.add(name);
  }
  const parts = partsFor(lexicon.heads);
  for (const token of set) for (const part of compoundParts(token, lexicon.heads, parts)) extra.add(part);
  return [...extra].filter((w) => !set.has(w)).sort();
}
