/**
 * The one module pages read content through. It loads every collection in the registry once,
 * drops drafts, checks cross-references (a dangling id fails the build with file and field
 * named) and sorts each collection by its row. Pages never call getCollection themselves, and
 * the lists they show (selections, groupings, look-ups) come from the functions here and in
 * queries.ts, named for what they return.
 */
import { municipalOrganisation } from '../lib/municipal-organisations.ts';
import { getCollection, type CollectionEntry } from 'astro:content';
import { findEntryProblems } from '../check/entries.ts';
import { collectionNames, listedNames, rowOf, type CollectionName, type ListedName } from './registry.ts';
import { pathFor } from './paths.ts';
import { pageKey } from './cache-keys.ts';
import type { Language } from '../schemas/vocabulary.ts';

/** An entry of a collection, with the data its schema gives. */
export type Entry<K extends CollectionName> = CollectionEntry<K>;
export type Content = { [K in CollectionName]: Entry<K>[] };

/** Drops drafts: the one place where that happens. */
const published = <T extends { data: object }>(list: T[]): T[] => list.filter((e) => !(e.data as { draft?: boolean }).draft);

async function load(): Promise<Content> {
  const lists = await Promise.all(
    collectionNames.map(async (name) => {
      const sort = rowOf(name).sort as (a: unknown, b: unknown) => number;
      return [name, published(await getCollection(name)).sort(sort)] as const;
    }),
  );
  const all = Object.fromEntries(lists) as unknown as Content;
  const refs = collectionNames.flatMap((name) =>
    (all[name] as { id: string; data: Record<string, unknown>; filePath?: string }[]).map((e) => ({ collection: name, id: e.id, data: e.data, filePath: e.filePath })),
  );
  const problems = findEntryProblems(refs);
  if (problems.length > 0) {
    const lines = problems.map((p) => `  ${p.file}: ${p.field}: ${p.message}`);
    throw new Error(`Innholdet har ${problems.length} feil i henvisninger:\n${lines.join('\n')}\nKjør «npm run check» for en full rapport.`);
  }
  return all;
}

let cache: Promise<Content> | undefined;
/** All published content, loaded and checked once per build. */
export const content = (): Promise<Content> => (cache ??= load());

/** One collection's published entries, in the registry's order. */
export const entriesOf = async <K extends CollectionName>(name: K): Promise<Content[K]> => (await content())[name];

/**
 * The pages of a collection for getStaticPaths: `params` from each entry, the entry and its kind
 * as props, and the key Astro's incremental build copies an unchanged page by.
 */
export async function detailPaths<K extends CollectionName, P extends Record<string, string>>(name: K, params: (entry: Entry<K>) => P) {
  return Promise.all((await entriesOf(name)).map(async (entry) => ({ params: params(entry), props: { kind: name, entry }, cacheKey: await pageKey(name, entry) })));
}

/** Looks entries up by id, in the order the ids are given; references are checked at load, so they exist. */
export async function byIds<K extends CollectionName>(name: K, ids: readonly string[]): Promise<Entry<K>[]> {
  const list = (await entriesOf(name)) as Entry<K>[];
  return ids.map((id) => list.find((e) => e.id === id)).filter((e): e is Entry<K> => e !== undefined);
}

/** The entries with any of the ids, in the collection's own order (a glossary entry's related terms alphabetically). */
export async function amongIds<K extends CollectionName>(name: K, ids: readonly string[]): Promise<Entry<K>[]> {
  return ((await entriesOf(name)) as Entry<K>[]).filter((e) => ids.includes(e.id));
}

/** Looks one entry up by id. */
export const byId = async <K extends CollectionName>(name: K, id: string): Promise<Entry<K>> => (await byIds(name, [id]))[0]!;

/** Any page-like entry with its kind, for lists that mix kinds (topic hubs, related content). */
export interface Listed {
  kind: ListedName;
  id: string;
  title: string;
  ingress: string;
  lang: Language;
  topics: string[];
  date: Date;
  href: string;
}

type ListedData = { title: string; ingress: string; lang: Language; topics: string[]; updated: Date };

/** An entry as a list item; `date` is the registry's listing date unless given. */
export function asListed(kind: ListedName, e: { id: string; data: ListedData }, date?: Date): Listed {
  const listingDate = rowOf(kind).listingDate!;
  return { kind, id: e.id, title: e.data.title, ingress: e.data.ingress, lang: e.data.lang, topics: e.data.topics, date: date ?? listingDate(e.data), href: pathFor(kind, e.id) };
}

/** One collection as list items. */
export const listOf = async (kind: ListedName): Promise<Listed[]> => ((await entriesOf(kind)) as { id: string; data: ListedData }[]).map((e) => asListed(kind, e));

/** Every page-like entry as a list item, in registry order, built once per build (callers must not change it). */
export const everything = (): Promise<Listed[]> => (everythingCache ??= Promise.all(listedNames.map(listOf)).then((lists) => lists.flat()));
let everythingCache: Promise<Listed[]> | undefined;

/** What a page shows of an organisation: its names and address. */
export interface OrganisationRef {
  id: string;
  data: { name: string; shortName?: string | undefined; url?: string | undefined };
}

/**
 * The contact or a partner of a practice example: an organisation file, or a municipality named
 * by its id («senja-kommune», src/lib/municipal-organisations.ts), which needs no file. References
 * are checked at load, so one of the two exists.
 */
export async function practiceOrganisations(ids: readonly string[]): Promise<OrganisationRef[]> {
  const files = await amongIds('organisations', ids);
  return ids.map((id) => files.find((f) => f.id === id) ?? { id, data: { name: municipalOrganisation(id)!.name } });
}
