/**
 * Builds the search lexicon from data editors already keep: the synonym groups in
 * content/sok/synonymer.yaml, tools' abbreviations, topics' labels and synonyms, and glossary
 * terms with their other names. Adding an abbreviation to a tool is enough for search to know it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { findContentFiles } from '../check/files.ts';
import { tokenize, type Lexicon } from './expand.ts';

/** «Bedre tverrfaglig innsats (BTI)» → «bedre tverrfaglig innsats». */
const clean = (term: string) => tokenize(term.replace(/\(.*?\)/g, ' ')).join(' ');

const asStrings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/** Groups of equivalent terms from the synonym file and the content's own data. */
export function synonymGroups(root: string): string[][] {
  const groups: string[][] = [];
  const file = parse(readFileSync(join(root, 'content', 'sok', 'synonymer.yaml'), 'utf8')) as { grupper?: unknown };
  for (const group of Array.isArray(file.grupper) ? file.grupper : []) groups.push(asStrings(group).map(clean));
  for (const entry of findContentFiles(root).files) {
    const d = entry.data;
    if (!d) continue;
    if (entry.collection === 'tools') groups.push([clean(String(d.title ?? '')), ...asStrings(d.abbreviations).map(clean)]);
    if (entry.collection === 'glossary') groups.push([clean(String(d.term ?? '')), ...asStrings(d.alsoKnownAs).map(clean)]);
    if (entry.collection === 'topics') {
      const label = (d.label ?? {}) as Record<string, unknown>;
      groups.push([label.nb, label.nn].filter((v): v is string => typeof v === 'string').map(clean).concat(asStrings(d.synonyms).map(clean)));
    }
  }
  return groups.map((g) => [...new Set(g.filter((m) => m.length >= 2))]).filter((g) => g.length > 1);
}

/** The lexicon for a set of page texts: the groups, and every word that stands alone in some page. */
export function buildLexicon(root: string, pageTexts: string[]): Lexicon {
  const groups = synonymGroups(root);
  const heads = new Set<string>();
  for (const text of pageTexts) for (const word of tokenize(text)) if (word.length >= 4 && !/\d/.test(word)) heads.add(word);
  for (const group of groups) for (const member of group) if (!member.includes(' ')) heads.add(member);
  return { groups, heads };
}
