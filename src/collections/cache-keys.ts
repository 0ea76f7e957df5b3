/**
 * Cache keys for Astro's incremental build (astro.config.mjs, experimental.incrementalBuild): a
 * page whose key and code are unchanged since the last build is copied from Astro's cache
 * (.cache/astro) instead of rendered again. A key must change whenever anything the page shows
 * changes, so it is made of:
 * - the site's key: the build date (past events, closed grants), every entry's data (titles,
 *   dates and topics show up in lists, related content, facts and breadcrumbs on other pages),
 *   the whole text of guideline chapters and plan steps (their print pages and structured data
 *   show them on other pages), and the groups of equivalent names the search uses;
 * - for a detail page, its own entry (data, text and file) and the extra search words it carries
 *   (src/search/build/page-words.ts), which depend on words anywhere on the site.
 * An editor's change to one text changes that page's key, and the keys of pages whose extra
 * words it changes; a change to a title or a date changes them all, as it must.
 */
import { createHash } from 'node:crypto';
import { content, type Entry } from './content.ts';
import { collectionNames, type CollectionName, type ListedName } from './registry.ts';
import { buildDate } from '../lib/build-date.ts';
import { searchedKinds, siteWords } from '../search/build/site-words.ts';
import { extraWordsOf } from '../search/build/page-words.ts';

/** Collections whose text other pages show in full: a guideline's and a plan guide's print pages. */
const shownElsewhere: readonly CollectionName[] = ['chapters', 'planSteps'];

const hash = (...parts: string[]) => {
  const h = createHash('sha256');
  for (const part of parts) h.update(part).update('\0');
  return h.digest('base64url');
};

type AnyEntry = { id: string; data: object; body?: string | undefined; filePath?: string | undefined; digest?: string | number | undefined };

/** What identifies an entry's data; with its text too when `withBody`. */
const entryPart = (e: AnyEntry, withBody: boolean) =>
  `${e.id}\n${e.filePath ?? ''}\n${JSON.stringify(e.data)}${withBody ? `\n${String(e.digest ?? e.body ?? '')}` : ''}`;

async function computeSiteKey(): Promise<string> {
  const all = await content();
  const h = createHash('sha256');
  h.update(buildDate().toISOString().slice(0, 10));
  for (const name of collectionNames) {
    h.update(`\n#${name}\n`);
    for (const e of all[name] as AnyEntry[]) h.update(entryPart(e, shownElsewhere.includes(name))).update('\0');
  }
  h.update(JSON.stringify((await siteWords()).lexicon.groups));
  return h.digest('base64url');
}

let site: Promise<string> | undefined;
/** The key every page shares: changes when anything shown across pages changes. */
export const siteKey = (): Promise<string> => (site ??= computeSiteKey());

/** The key of one entry's detail page. */
export async function pageKey(kind: CollectionName, entry: Entry<CollectionName>): Promise<string> {
  const extra = isSearched(kind) ? await extraWordsOf(kind, entry as Entry<ListedName>) : [];
  return hash(await siteKey(), entryPart(entry as AnyEntry, true), extra.join(' '));
}

const isSearched = (kind: CollectionName): kind is ListedName => (searchedKinds as readonly string[]).includes(kind);
