/**
 * Extra words for the search index, so that Pagefind (which matches query words only as
 * prefixes of indexed words) also finds a page by:
 * - the abbreviation of a full name it uses (groups of equivalent terms), and
 * - the parts of its compound words: «rusmiddelforebygging» is also indexed as «forebygging»,
 *   «skjenkekontroll» as «kontroll» and «skjenke».
 * Pure functions: the build integration feeds them page text and the lexicon.
 */
import { tokenize } from '../shared/words.ts';

export interface Lexicon {
  /** Groups of equivalent terms, lower case; a term may be a phrase of several words. */
  groups: string[][];
  /** Words known to stand on their own, used to recognise the parts of a compound. */
  heads: Set<string>;
}


/** Text reduced to lower-case words separated by single spaces, for phrase matching. */
export const normalise = (text: string): string => ` ${tokenize(text).join(' ')} `;

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

/** The known parts of one compound word (both the head and the modifier), excluding the word itself. */
export function compoundParts(word: string, heads: Set<string>): string[] {
  if (word.length < MIN_COMPOUND) return [];
  let cache = partsCache.get(heads);
  if (!cache) partsCache.set(heads, (cache = new Map()));
  const cached = cache.get(word);
  if (cached) return cached;
  const parts = splitCompound(word, heads);
  cache.set(word, parts);
  return parts;
}

function splitCompound(word: string, heads: Set<string>): string[] {
  const parts = new Set<string>();
  for (let i = 3; i <= word.length - MIN_PART; i++) {
    const head = known(word.slice(i), heads);
    if (!head) continue;
    parts.add(head);
    // The modifier, with a linking -s- or -e- dropped: «skjenke|kontroll», «handling|s|plan».
    const modifier = word.slice(0, i);
    const bare = known(modifier, heads) ?? (/[se]$/.test(modifier) ? known(modifier.slice(0, -1), heads) : undefined);
    if (bare) parts.add(bare);
  }
  parts.delete(word);
  return [...parts];
}

/** A full name (a phrase) and the one-word names of its group, which a page using it is indexed with. */
interface NamedPhrase {
  phrase: string;
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
      const phrase = member.toLocaleLowerCase('nb');
      const first = phrase.slice(0, phrase.indexOf(' '));
      if (!index.has(first)) index.set(first, []);
      index.get(first)!.push({ phrase, names });
    }
  }
  phraseIndexes.set(lexicon, index);
  return index;
}

/**
 * The extra words a page should be indexed with, given its visible text:
 * - a page with a full name («bedre tverrfaglig innsats», «individuell plan») gets the
 *   abbreviations and other one-word names in its group («bti», «ip»), since a one-word query is
 *   never widened into a phrase (src/search/shared/query-variants.ts);
 * - the known parts of its compound words that none of its words begins with (Pagefind finds
 *   those already).
 * Words in the other written standard and full names for abbreviations are not added: the search
 * page runs the query in those forms instead. Adding them to every page that has a common word
 * («tidlig», «samarbeid») made those words' index slices, which a reader downloads for each query,
 * several times larger and brought more noise than help.
 */
export function expansionTerms(pageText: string, lexicon: Lexicon): string[] {
  const set = new Set(tokenize(pageText));
  const phrases = phraseIndex(lexicon);
  const extra = new Set<string>();
  // The text as single-spaced words, for phrase matching; only made when a phrase could match.
  let text: string | undefined;
  for (const word of set) {
    for (const { phrase, names } of phrases.get(word) ?? []) {
      text ??= normalise(pageText);
      if (text.includes(` ${phrase} `)) for (const name of names) extra.add(name);
    }
  }
  for (const token of set) for (const part of compoundParts(token, lexicon.heads)) extra.add(part);
  const words = [...set].sort();
  return [...extra].filter((w) => !beginsSome(words, w)).sort();
}

/**
 * Whether a word of the page begins with `word` (or is it). Pagefind matches a query word as the
 * beginning of an indexed word, so such an extra word finds nothing the page's own words do not:
 * «skjenke» from «skjenkekontroll», «plan» on a page that says «planen». At 10 000 pages two in
 * five extra words were of this kind; without them the index is 4 % smaller and Pagefind needs
 * some 270 MB less memory to build it.
 * `sorted` is the page's words in code-unit order.
 */
function beginsSome(sorted: string[], word: string): boolean {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]! < word) low = mid + 1;
    else high = mid;
  }
  return low < sorted.length && sorted[low]!.startsWith(word);
}
