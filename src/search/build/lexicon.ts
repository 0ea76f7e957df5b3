/**
 * Builds the search lexicon from data editors already keep: the synonym groups in
 * content/sok/synonymer.yaml, and the name groups the entries define (a tool's name and its
 * abbreviations, a glossary term and its other names, a topic's name in bokmål and nynorsk; see
 * src/lib/name-groups.ts), gathered from published entries only (src/search/build/site-words.ts),
 * so a draft never teaches the search its words. Adding an abbreviation to a tool is enough for
 * search to know it.
 */
import { parse } from 'yaml';
import type { Lexicon } from './expand.ts';
import { tokenize } from '../shared/words.ts';
import { isAbbreviation } from '../shared/query-variants.ts';
import { STOP_WORDS } from '../shared/stop-words.ts';

/**
 * «Bedre tverrfaglig innsats (BTI)» → «bedre tverrfaglig innsats». Abbreviations keep their
 * capitals («BTI», «KoRus»): the search page matches them only as whole words.
 */
const clean = (term: string) => {
  const bare = term.replace(/\(.*?\)/g, ' ').trim();
  return isAbbreviation(bare) ? bare : tokenize(bare).join(' ');
};

const asStrings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/** A group of names a page defines, and what kind of page defined it. */
export interface PageGroup {
  kind: string;
  names: string[];
}

/**
 * In order of trust: when two groups know the same word, the search page uses the first. A topic's
 * name in both written standards is one term; its synonyms are related words, not equivalents, and
 * are indexed only on the pages tagged with the topic (src/lib/search-info.ts).
 */
const KIND_ORDER = ['topics', 'tools', 'glossary'];

/** Groups of equivalent terms from the synonym file (content/sok/synonymer.yaml, as text) and the published pages' own groups. */
export function synonymGroups(synonymFile: string, pageGroups: PageGroup[]): string[][] {
  const file = (parse(synonymFile) ?? {}) as { grupper?: unknown };
  const listed = (Array.isArray(file.grupper) ? file.grupper : []).map((group) => asStrings(group).map(clean));
  // Each group once (many pages share a topic), in a fixed order so two builds write the same files.
  const fromPages = new Map<string, { kind: number; group: string[] }>();
  for (const { kind, names } of pageGroups) {
    const group = names.map(clean);
    const key = JSON.stringify(group);
    if (!fromPages.has(key)) fromPages.set(key, { kind: KIND_ORDER.indexOf(kind) === -1 ? KIND_ORDER.length : KIND_ORDER.indexOf(kind), group });
  }
  const ordered = [...fromPages.entries()]
    .sort(([ka, a], [kb, b]) => a.kind - b.kind || (ka < kb ? -1 : ka > kb ? 1 : 0))
    .map(([, { group }]) => group);
  return [...listed, ...ordered].map((g) => mainFormsKept(g.filter((m) => m.length >= 2))).filter((g) => new Set(g).size > 1);
}

/**
 * A group without repeated members, except that the first two stay where they are even when they
 * are the same word. The search page searches a group's first two members (bokmål and nynorsk) and
 * leads the later ones to them; «[fastlege, fastlege, huslege]» must not become «[fastlege,
 * huslege]», which would search «huslege», a word no page has, for everyone who types «fastlege».
 */
function mainFormsKept(group: string[]): string[] {
  const main = group.slice(0, 2);
  return [...main, ...new Set(group.slice(2).filter((m) => !main.includes(m)))];
}

/**
 * The lexicon for a set of page texts: the groups, and every word of three letters or more that
 * stands alone in some page, except function words (src/search/build/expand.ts says why).
 */
export function buildLexicon(groups: string[][], pageTexts: Iterable<string>): Lexicon {
  const words = new Set<string>();
  for (const text of pageTexts) for (const word of tokenize(text)) words.add(word);
  return lexiconOf(groups, words);
}

/** The lexicon from the site's words (tokenize in src/search/shared/words.ts, each once), as buildLexicon. */
export function lexiconOf(groups: string[][], siteWords: Iterable<string>): Lexicon {
  const heads = new Set<string>();
  for (const word of siteWords) if (word.length >= 3 && !/\d/.test(word) && !STOP_WORDS.has(word)) heads.add(word);
  for (const group of groups) for (const member of group) if (!member.includes(' ')) heads.add(member.toLocaleLowerCase('nb'));
  return { groups, heads };
}
