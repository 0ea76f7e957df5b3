/**
 * Reference checks: every id an entry gives in a reference field (the registry's `references`)
 * must name an entry of the target collection. A dangling id fails the check and the build with
 * the file and field named.
 */
import type { ContentProblem } from '../check/problem.ts';
import { rowOf, type CollectionName } from './registry.ts';
import { slugify } from '../lib/slug.ts';
import { municipalOrganisation, municipalOrganisationFields, municipalOrganisations } from '../lib/municipal-organisations.ts';

/** The minimum the reference check needs to know about an entry. */
export interface EntryRef {
  collection: CollectionName;
  id: string;
  data: Record<string, unknown>;
  filePath?: string | undefined;
}

/** Reads a field such as «replacedBy.id» out of data, always as a list of strings. */
export function valuesAt(data: Record<string, unknown>, field: string): string[] {
  const [head, ...rest] = field.split('.');
  const value = data[head!];
  const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  if (rest.length === 0) return list.filter((v): v is string => typeof v === 'string');
  return list.flatMap((item) => (item && typeof item === 'object' ? valuesAt(item as Record<string, unknown>, rest.join('.')) : []));
}

/** Whether a field path (such as ['partners', 0]) holds an id of another entry. */
export function isReferenceField(collection: CollectionName, path: readonly PropertyKey[]): boolean {
  const named = path.filter((part) => typeof part === 'string').join('.');
  return named in rowOf(collection).references;
}

/** The names an entry is known by besides its id: title, name, short name, label, abbreviations. */
function namesOf(data: Record<string, unknown>): string[] {
  const names: unknown[] = [data.title, data.name, data.shortName, data.term];
  if (data.label && typeof data.label === 'object') names.push(...Object.values(data.label as Record<string, unknown>));
  if (Array.isArray(data.abbreviations)) names.push(...data.abbreviations);
  return names.filter((n): n is string => typeof n === 'string');
}

/** Finds ids that point nowhere, with a suggestion when one is close. */
export function findReferenceProblems(entries: EntryRef[]): ContentProblem[] {
  const ids = new Map<string, Set<string>>();
  for (const e of entries) {
    if (!ids.has(e.collection)) ids.set(e.collection, new Set());
    ids.get(e.collection)!.add(e.id);
  }
  const problems: ContentProblem[] = [];
  for (const entry of entries) {
    const file = entry.filePath ?? `${entry.collection}/${entry.id}`;
    for (const [field, target] of Object.entries(rowOf(entry.collection).references)) {
      const municipal = target === 'organisations' && municipalOrganisationFields[entry.collection]?.includes(field) === true;
      for (const value of valuesAt(entry.data, field)) {
        if (ids.get(target)?.has(value)) continue;
        if (municipal && municipalOrganisation(value)) continue;
        const known = [...(ids.get(target) ?? [])];
        const wanted = slugify(value);
        // A display name («Barn og unge», «KoRus Nord») or an abbreviation («bti») for an id: point to the entry it names.
        const byName = entries
          .filter((e) => e.collection === target && (e.id === wanted || namesOf(e.data).some((n) => slugify(n) === wanted)))
          .map((e) => e.id);
        // «Senja kommune» or «senja» for the municipality as an organisation.
        if (municipal && byName.length === 0) byName.push(...municipalOrganisations.filter((o) => o.id === wanted || o.id === `${wanted}-kommune`).map((o) => o.id));
        const close = byName.length > 0 ? byName.slice(0, 3) : [...new Set(known.filter((k) => k.startsWith(value.slice(0, 4)) || value.startsWith(k.slice(0, 4))))].slice(0, 3);
        const hint = close.length > 0 ? ` Mente du ${close.map((c) => `«${c}»`).join(' eller ')}?` : '';
        const folder = `content/${rowOf(target as CollectionName).folder}/`;
        const orMunicipality = municipal ? ', eller en kommune skrevet som «senja-kommune»' : '';
        problems.push({ file, field, message: `Ukjent id «${value}».${hint} Id-en må være navnet på en fil i ${folder} (uten filendelse)${orMunicipality}.` });
      }
    }
  }
  return problems;
}
