/**
 * Builds the search lexicon from data editors already keep: the synonym groups in
 * content/sok/synonymer.yaml, tools' abbreviations, topics' names in bokmål and nynorsk, and
 * glossary terms with their other names. Adding an abbreviation to a tool is enough for search to know it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { findContentFiles } from '../../check/files.ts';
import type { Lexicon } from './expand.ts';
import { tokenize } from '../shared/words.ts';
import { isAbbreviation } from '../shared/query-variants.ts';

/**
 * «Bedre tverrfaglig innsats (BTI)» → «bedre tverrfaglig innsats». Abbreviations keep their
 * capitals («BTI», «KoRus»): the search page matches them only as whole words.
 */
const clean = (term: string) => {
  const bare = term.replace(/\(.*?\)/g, ' ').trim();
  return isAbbreviation(bare) ? bare : tokenize(bare).join(' ');
};

const asStrings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/** Groups of equivalent terms from the synonym file and the content's own data. */
export function synonymGroups(root: string): string[][] {
  // In order of trust: when two groups know the same word, the search page uses the first.
  const file = parse(readFileSync(join(root, 'content', 'sok', 'synonymer.yaml'), 'utf8')) as { grupper?: unknown };
  const listed = (Array.isArray(file.grupper) ? file.grupper : []).map((group) => asStrings(group).map(clean));
  const topics: string[][] = [];
  const tools: string[][] = [];
  const glossary: string[][] = [];
  for (const entry of findContentFiles(root).files) {
    const d = entry.data;
    if (!d) continue;
    if (entry.collection === 'tools') tools.push([clean(String(d.title ?? '')), ...asStrings(d.abbreviations).map(clean)]);
    if (entry.collection === 'glossary') glossary.push([clean(String(d.term ?? '')), ...asStrings(d.alsoKnownAs).map(clean)]);
    // A topic's name in both written standards is one term. Its synonyms are related words, not
    // equivalents: they are indexed only on the pages tagged with the topic (src/lib/search-info.ts),
    // so a page that merely mentions «samarbeid» is not also found by «BTI» and «stafettlogg».
    if (entry.collection === 'topics') {
      const label = (d.label ?? {}) as Record<string, unknown>;
      topics.push([label.nb, label.nn].filter((v): v is string => typeof v === 'string').map(clean));
    }
  }
  return [...listed, ...topics, ...tools, ...glossary].map((g) => [...new Set(g.filter((m) => m.length >= 2))]).filter((g) => g.length > 1);
}

/** The lexicon for a set of page texts: the groups, and every word that stands alone in some page. */
export function buildLexicon(root: string, pageTexts: string[]): Lexicon {
  const groups = synonymGroups(root);
  const heads = new Set<string>();
  for (const text of pageTexts) for (const word of tokenize(text)) if (word.length >= 4 && !/\d/.test(word)) heads.add(word);
  for (const group of groups) for (const member of group) if (!member.includes(' ')) heads.add(member.toLocaleLowerCase('nb'));
  return { groups, heads };
}
