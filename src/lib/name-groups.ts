/**
 * The groups of equivalent names an entry defines: each of its topics in bokmål and nynorsk, a
 * tool and its abbreviations, a glossary term and its other names. The search rewrites queries
 * with them and indexes abbreviations on pages that use the full name (src/search/build/).
 */
import type { Entry } from '../collections/content.ts';
import type { ListedName } from '../collections/registry.ts';

export interface NameGroup {
  kind: string;
  names: string[];
}

/** The names a page defines as equivalent: a tool and its abbreviations, a term and its other names. */
function ownNames(kind: ListedName, data: Entry<ListedName>['data']): string[] {
  if (kind === 'tools') {
    const d = data as Entry<'tools'>['data'];
    return [d.title, ...d.abbreviations];
  }
  if (kind === 'glossary') {
    const d = data as Entry<'glossary'>['data'];
    return [d.term, ...d.alsoKnownAs];
  }
  return [];
}

export function nameGroups(kind: ListedName, data: Entry<ListedName>['data'], topics: Entry<'topics'>[]): NameGroup[] {
  const groups = topics.map((x) => ({ kind: 'topics', names: [x.data.label.nb, x.data.label.nn] }));
  const names = ownNames(kind, data);
  if (names.length > 1) groups.push({ kind, names });
  return groups;
}
