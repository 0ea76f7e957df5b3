import { counties, lookupMunicipality } from './municipalities.ts';
import { slugify } from './slug.ts';
import { municipalOrganisation, municipalOrganisationFields, municipalOrganisations } from './municipal-organisations.ts';

/** The minimum the reference check needs to know about an entry. */
export interface EntryRef {
  collection: string;
  id: string;
  data: Record<string, unknown>;
  filePath?: string | undefined;
}

/** A problem found in one entry, phrased for an editor. */
export interface ContentProblem {
  file: string;
  /** Line in the file, when it is known. */
  line?: number | undefined;
  field: string;
  message: string;
  /** A likely mistake that does not stop the build (the written standard, for example). */
  warning?: true;
}

/** Which fields of which collection hold ids of entries in another collection. */
export const referenceFields: Record<string, Record<string, string>> = {
  '*': { topics: 'topics' },
  articles: { organisation: 'organisations', tools: 'tools' },
  practice: { methods: 'tools', partners: 'organisations', contact: 'organisations' },
  chapters: { guideline: 'guidelines' },
  guidelines: { 'replacedBy.id': 'guidelines' },
  planSteps: { guide: 'planGuides' },
  questions: { 'basedOn.organisation': 'organisations', guides: 'planGuides' },
  tools: { responsible: 'organisations' },
  glossary: { related: 'glossary' },
  news: { organisations: 'organisations' },
  events: { organisers: 'organisations' },
  grants: { responsible: 'organisations' },
};

/** Whether a field path (such as ['partners', 0]) holds an id of another entry. */
export function isReferenceField(collection: string, path: readonly PropertyKey[]): boolean {
  const fields = { ...referenceFields['*'], ...referenceFields[collection] };
  const named = path.filter((part) => typeof part === 'string').join('.');
  return named in fields;
}

/** The names an entry is known by besides its id: title, name, short name, label, abbreviations. */
function namesOf(data: Record<string, unknown>): string[] {
  const names: unknown[] = [data.title, data.name, data.shortName, data.term];
  if (data.label && typeof data.label === 'object') names.push(...Object.values(data.label as Record<string, unknown>));
  if (Array.isArray(data.abbreviations)) names.push(...data.abbreviations);
  return names.filter((n): n is string => typeof n === 'string');
}

/** Where each collection's entries are written, to tell the editor where a missing id should be. */
const folderHint: Record<string, string> = {
  topics: 'content/tema/',
  organisations: 'content/organisasjoner/',
  tools: 'content/verktoy/',
  guidelines: 'content/veiledere/',
  planGuides: 'content/planlegging/',
  glossary: 'content/ordbok/',
};

/** Reads a field such as «replacedBy.id» out of data, always as a list of strings. */
function valuesAt(data: Record<string, unknown>, field: string): string[] {
  const [head, ...rest] = field.split('.');
  const value = data[head!];
  const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  if (rest.length === 0) return list.filter((v): v is string => typeof v === 'string');
  return list.flatMap((item) => (item && typeof item === 'object' ? valuesAt(item as Record<string, unknown>, rest.join('.')) : []));
}

/** Finds ids that point nowhere and municipality names SSB does not know. */
export function findReferenceProblems(entries: EntryRef[]): ContentProblem[] {
  const ids = new Map<string, Set<string>>();
  for (const e of entries) {
    if (!ids.has(e.collection)) ids.set(e.collection, new Set());
    ids.get(e.collection)!.add(e.id);
  }
  const problems: ContentProblem[] = [];
  for (const entry of entries) {
    const file = entry.filePath ?? `${entry.collection}/${entry.id}`;
    const fields = { ...referenceFields['*'], ...referenceFields[entry.collection] };
    if (entry.collection === 'topics' || entry.collection === 'organisations') delete fields.topics;
    for (const [field, target] of Object.entries(fields)) {
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
        problems.push({
          file,
          field,
          message: `Ukjent id «${value}».${hint} Id-en må være navnet på en fil i ${folderHint[target] ?? target} (uten filendelse)${municipal ? ', eller en kommune skrevet som «senja-kommune»' : ''}.`,
        });
      }
    }
    if (entry.collection === 'practice') {
      for (const name of valuesAt(entry.data, 'counties')) {
        if (!counties.includes(name)) {
          problems.push({ file, field: 'counties', message: `Ukjent fylke «${name}». Bruk et av: ${counties.join(', ')}.` });
        }
      }
      for (const name of valuesAt(entry.data, 'municipalities')) {
        const hit = lookupMunicipality(name);
        if (hit.kind === 'unknown') {
          const hint = hit.suggestions.length > 0 ? ` Mente du ${hit.suggestions.map((s) => `«${s}»`).join(' eller ')}?` : '';
          problems.push({ file, field: 'municipalities', message: `Ukjent kommune «${name}».${hint} Skriv navnet slik SSB skriver det.` });
        } else if (hit.kind === 'ambiguous') {
          problems.push({
            file,
            field: 'municipalities',
            message: `Flere kommuner heter «${name}». Skriv ${hit.options.map((o) => `«${o}»`).join(' eller ')}.`,
          });
        }
      }
    }
  }
  return problems;
}
