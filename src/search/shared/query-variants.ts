/**
 * Rewrites a query into the other forms its words have in the synonym groups, so that a nynorsk
 * query is also run in bokmål (and the other way round), and a full name also as its abbreviation.
 * Each page then matches in its own words at full weight, whichever standard the reader typed in.
 * Shared by the search page (in the browser), the build (which writes the groups) and the tests.
 *
 * A group lists equivalent terms, the main form first (bokmål, or the full name) and the second
 * form next (nynorsk, or the usual abbreviation). Abbreviations are written with capitals
 * («BTI», «KoRus») and only ever match a whole query word.
 */

import { withoutStopWords } from './stop-words.ts';
import { inflectionStem } from './stem.ts';
import { tokenize } from './words.ts';


/** «BTI», «KoRus», «NAPHA»: one word with at least two capitals. */
export const isAbbreviation = (term: string): boolean => !/\s/.test(term.trim()) && (term.match(/\p{Lu}/gu) ?? []).length >= 2;

interface Member {
  tokens: string[];
  exact: boolean;
}

const member = (term: string): Member => ({ tokens: tokenize(term), exact: isAbbreviation(term) });

/** Whether a query word stands for a one-word member: the word itself, or an inflected form of it. */
function matchesWord(word: string, m: Member): boolean {
  const [base] = m.tokens;
  if (m.tokens.length !== 1 || !base) return false;
  if (word === base) return true;
  // «skulen» is an inflected «skule»; abbreviations and short words must match whole.
  return !m.exact && base.length >= 4 && word.length >= 5 && word.startsWith(base) && word.length - base.length <= 3;
}

const same = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** The query with each known word or phrase replaced by the form in `slot` of its group. */
function rewrite(tokens: string[], groups: Member[][], slot: number): string[] {
  // Which query words have been replaced already: a replaced phrase is never rewritten again, so
  // «tidleg intervensjon» cannot be turned into «tidlig intervensjon» and on into a third form.
  const replacement: (string[] | undefined)[] = tokens.map(() => undefined);
  const claimed = tokens.map(() => false);
  // Phrases first, longest first, then single words; the first group (in order) that knows a
  // span decides its form.
  const phrases = groups.flatMap((group) => group.filter((m) => m.tokens.length > 1).map((m) => ({ m, target: group[slot] })));
  phrases.sort((a, b) => b.m.tokens.length - a.m.tokens.length);
  for (const { m, target } of phrases) {
    if (!target) continue;
    const n = m.tokens.length;
    for (let i = 0; i + n <= tokens.length; i++) {
      if (claimed.slice(i, i + n).some(Boolean) || !same(tokens.slice(i, i + n), m.tokens)) continue;
      for (let k = i; k < i + n; k++) claimed[k] = true;
      if (m === target) continue; // Already in this form: left as typed.
      replacement[i] = target.tokens;
      for (let k = i + 1; k < i + n; k++) replacement[k] = [];
    }
  }
  for (const [i, word] of tokens.entries()) {
    if (claimed[i]) continue;
    for (const group of groups) {
      const target = group[slot];
      // A single word is not widened into a phrase («bti» → «bedre tverrfaglig innsats»): each
      // extra word costs the reader another slice of the index to download, and the index
      // already knows pages with the full name by the abbreviation (src/search/build/expand.ts).
      if (!target || target.tokens.length !== 1) continue;
      const matched = group.find((m) => matchesWord(word, m));
      if (!matched) continue;
      claimed[i] = true;
      // Already in this form («skulen» when the form is «skule»): left as typed, inflection and all.
      if (matched !== target) replacement[i] = target.tokens;
      break;
    }
  }
  return tokens.flatMap((word, i) => replacement[i] ?? [word]);
}

/**
 * The query in each of the first two forms of its words' groups, without duplicates and without
 * the query itself. A query with no word in any group has no variants.
 */
export function queryVariants(query: string, groups: string[][]): string[] {
  const tokens = tokenize(query);
  const members = groups.map((group) => group.map(member));
  const variants = new Set<string>();
  for (const slot of [0, 1]) {
    const variant = rewrite(tokens, members, slot).join(' ');
    // A two-letter word on its own («mi», «ip») is matched by Pagefind as the start of every word
    // that begins with it («mindre», «minst»): thousands of pages, slow on a phone and mostly noise.
    // The reader who types the abbreviation still gets it searched; a rewritten query does not.
    if (!/^\S{1,2}$/.test(variant) && variant !== tokens.join(' ')) variants.add(variant);
  }
  return [...variants];
}

/**
 * Whether a query word is one of a group's later one-word members, or an inflected form of one
 * («huslegen»): a word the pages do not use, which the group leads to theirs. Not the first two
 * members: «tilskuddd» begins like «tilskudd», but is a typo the pages' own word corrects.
 */
export function leadsToGroup(word: string, groups: string[][]): boolean {
  return groups.some((group) => group.slice(2).some((term) => matchesWord(word, member(term))));
}

/**
 * The query's words a synonym group names: a one-word member or an inflected form of one
 * («barna», «alkohol»), or a word of a member phrase the query has in full («psykisk helse»).
 * These are the site's subjects, not filler (src/search/shared/common-words.ts).
 */
export function namedWords(query: string, groups: string[][]): Set<string> {
  const tokens = tokenize(query);
  const named = new Set<string>();
  for (const m of groups.flat().map(member)) {
    if (m.tokens.length === 1) {
      for (const word of tokens) if (matchesWord(word, m)) named.add(word);
      continue;
    }
    for (let i = 0; i + m.tokens.length <= tokens.length; i++) {
      if (same(tokens.slice(i, i + m.tokens.length), m.tokens)) for (const word of m.tokens) named.add(word);
    }
  }
  return named;
}

/**
 * The other forms of one query word: the query variants of the word alone, so the first two
 * members of the group that knows it, one word each. Used when a long question is matched word by
 * word: «sprit» is then also matched as «alkohol», «fylkesmannen» as «statsforvalteren», wherever
 * in the question the word stands.
 */
export const wordForms = (word: string, groups: string[][]): string[] => queryVariants(word, groups);

/**
 * What the search page sends to Pagefind for a query: the query as typed, then its variants, each
 * without function words (src/search/shared/stop-words.ts), then the query as typed with its long
 * words' plural and definite endings taken off; each once. The index has no stemmer (one index for
 * bokmål and nynorsk) and Pagefind matches a query word only as the start of a page's word, so
 * «handlingsplanen» alone misses a page that says «handlingsplan» (src/search/shared/stem.ts).
 *
 * (Sending an abbreviation in quotes, so that Pagefind matches the whole word only and «mi» no
 * longer also matches «mindre» and «minst», was tried: Pagefind 1.6 then ranks the hits without
 * regard to how well they match, and BTI, KOR, SLT and BIR fell out of the first five.)
 */
export function searchForms(query: string, groups: string[][]): string[] {
  const typed = withoutStopWords(query);
  const shortened = typed.split(' ').map(inflectionStem).join(' ');
  return [...new Set([typed, ...queryVariants(query, groups).map(withoutStopWords), shortened])];
}
