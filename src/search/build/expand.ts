/**
 * Extra words for the search index, so that Pagefind (which matches query words only as
 * prefixes of indexed words) also finds a page by:
 * - the abbreviation of a full name it uses (groups of equivalent terms), and
 * - the parts of its compound words: «rusmiddelforebygging» is also indexed as «forebygging»,
 *   «skjenkekontroll» as «kontroll» and «skjenke».
 * Pure functions: the build integration feeds them page text and the lexicon.
 */
import { isAbbreviation } from '../shared/query-variants.ts';
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
const endings = ['ane', 'ene', 'ene', 'en', 'et', 'er', 'ar', 'a', 'e'];
/** Shortest part of a compound worth indexing on its own. */
const MIN_PART = 4;
/** Shortest word worth splitting. */
const MIN_COMPOUND = 8;

function known(part: string, heads: Set<string>): string | undefined {
  if (part.length < MIN_PART) return undefined;
  if (heads.has(part)) return part;
  for (const ending of endings) {
    const base = part.slice(0, -ending.length);
    if (part.endsWith(ending) && base.length >= MIN_PART && heads.has(base)) return base;
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

/**
 * The page's words prepared for fast look-ups: a set for whole words and a sorted list for
 * prefixes. The index build runs this for every page, so it must stay cheap at 10 000 pages.
 */
interface PageWords {
  text: string;
  set: Set<string>;
  sorted: string[];
}

function hasPrefix(sorted: string[], prefix: string): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo]!.startsWith(prefix);
}

/** Whether a group member occurs in a page (words as prefixes of its words, phrases as phrases). */
function occurs(term: string, page: PageWords): boolean {
  const member = term.toLocaleLowerCase('nb');
  if (member.includes(' ')) {
    // Only scan the text when the phrase's first word is there at all.
    const first = member.slice(0, member.indexOf(' '));
    return page.set.has(first) && page.text.includes(` ${member} `);
  }
  // Abbreviations («IP», «KOR») and other short members must match a whole word.
  if (member.length < 5 || isAbbreviation(term)) return page.set.has(member);
  return hasPrefix(page.sorted, member);
}

/**
 * The extra words a page should be indexed with, given its visible text:
 * - a page with a full name («bedre tverrfaglig innsats», «individuell plan») gets the
 *   abbreviations and other one-word names in its group («bti», «ip»), since a one-word query is
 *   never widened into a phrase (src/search/shared/query-variants.ts);
 * - the known parts of its compound words.
 * Words in the other written standard and full names for abbreviations are not added: the search
 * page runs the query in those forms instead. Adding them to every page that has a common word
 * («tidlig», «samarbeid») made those words' index slices, which a reader downloads for each query,
 * several times larger and brought more noise than help.
 */
export function expansionTerms(pageText: string, lexicon: Lexicon): string[] {
  const set = new Set(tokenize(pageText));
  const page: PageWords = { text: normalise(pageText), set, sorted: [...set].sort() };
  const extra = new Set<string>();
  for (const group of lexicon.groups) {
    const single = group.filter((member) => !member.includes(' '));
    if (single.length === 0 || !group.some((member) => member.includes(' ') && occurs(member, page))) continue;
    for (const word of single) extra.add(word.toLocaleLowerCase('nb'));
  }
  for (const token of set) for (const part of compoundParts(token, lexicon.heads)) extra.add(part);
  return [...extra].filter((w) => !set.has(w)).sort();
}
