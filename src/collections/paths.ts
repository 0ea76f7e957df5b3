/**
 * Addresses, made from the registry's templates: an entry's path, its list page, and the way back
 * from a path to the entry. The architecture brief fixes these paths; old-address redirects, the
 * sitemap and links in content all rely on them.
 */
import { collectionNames, registry, rowOf, type CollectionName, type CollectionRow, type HubSection } from './registry.ts';
import { laterPage } from './pagination.ts';
import { slugify } from '../lib/slug.ts';

/** Collections whose entries have pages of their own. */
export type PageName = { [K in CollectionName]: (typeof registry)[K] extends { address: string } ? K : never }[CollectionName];
export const pageNames = collectionNames.filter((name) => rowOf(name).address) as PageName[];

/** The last part of a nested id: «sammen-om-mestring/hovedforlop» → «hovedforlop». */
export const leaf = (id: string): string => id.split('/').at(-1)!;

/** The first part of a nested id: «sammen-om-mestring/hovedforlop» → «sammen-om-mestring». */
export const parent = (id: string): string => id.split('/')[0]!;

/** The address of an entry. */
export function pathFor(kind: PageName, id: string): string {
  const row = rowOf(kind);
  const own = row.addressOf?.[id];
  if (own) return own;
  return row.address!.replace('{id}', id).replace('{parent}', parent(id)).replace('{leaf}', leaf(id));
}

/** The list page an entry belongs to, for breadcrumbs. */
export const listPathOf = (kind: PageName): string => rowOf(kind).listPage!.path;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Each template as a regular expression capturing the entry's own id (the leaf for nested ids).
 * Templates with more fixed text are tried first: /planlegging/sporsmal-og-svar/<id>/ would
 * otherwise read as a plan step.
 */
const templates = pageNames
  .map((kind) => {
    const address = rowOf(kind).address!;
    const source = escape(address).replace('\\{parent\\}', '[a-z0-9-]+').replace(/\\\{(id|leaf)\\\}/, '([a-z0-9-]+)');
    return { kind, fixed: address.replace(/\{\w+\}/g, '').length, pattern: new RegExp(`^${source}$`) };
  })
  .sort((a, b) => b.fixed - a.fixed);

/**
 * Practice examples county by county (src/pages/praksis/fylke/). Practice ids are single file
 * names, so «/praksis/fylke/<county>/» can never be an example's address, and a practice file
 * named «fylke.md» is refused by the address check because the overview is a page of its own.
 */
export const countyIndexPath = '/praksis/fylke/';

/** A county's part of the address: «Møre og Romsdal» → «more-og-romsdal». */
export const countySlug = (county: string): string => slugify(county);

/** The page listing one county's practice examples: «Møre og Romsdal» → «/praksis/fylke/more-og-romsdal/». */
export const countyPath = (county: string): string => `${countyIndexPath}${countySlug(county)}/`;

/**
 * A topic hub shows the first few entries of each section and links to the section's full list
 * for the topic: /tema/<topic>/<section>/ (paginated like every list). Topic ids are single file
 * names, so these addresses cannot be a topic's own.
 */
export const hubSectionSlugs: Record<HubSection, string> = {
  guidelines: 'veiledning', plan: 'planlegging', tools: 'verktoy', practice: 'praksis', articles: 'artikler', glossary: 'ordbok', news: 'aktuelt',
};

/** The full list of one hub section for a topic: «/tema/barn-og-unge/artikler/». */
export const hubSectionPath = (topic: string, section: HubSection): string => `${pathFor('topics', topic)}${hubSectionSlugs[section]}/`;

/** The kind and id of the entry at a path, if the path is an entry's address. */
export function classify(path: string): { kind: PageName; id: string } | undefined {
  // The county overview and county pages sit under /praksis/ but are not practice examples.
  if (path.startsWith(countyIndexPath)) return undefined;
  // Later pages of a list (/veiledere/side/2/) are list pages, not a chapter «2» of a guideline «side».
  if (laterPage(path)) return undefined;
  for (const kind of pageNames) {
    for (const [id, own] of Object.entries(rowOf(kind).addressOf ?? {})) if (own === path) return { kind, id };
  }
  for (const { kind, pattern } of templates) {
    const id = pattern.exec(path)?.[1];
    if (id) return { kind, id };
  }
  return undefined;
}

/**
 * The list pages above an entry, outermost first: every list page whose address starts the
 * entry's own list page (/planlegging/ above /planlegging/sporsmal-og-svar/). Breadcrumbs read it.
 */
export function listTrail(kind: PageName): { path: string; text: NonNullable<CollectionRow['listPage']>['text'] }[] {
  const own = listPathOf(kind);
  const lists = new Map(pageNames.map((name) => rowOf(name).listPage!).map((l) => [l.path, l]));
  return [...lists.values()].filter((l) => own.startsWith(l.path)).sort((a, b) => a.path.length - b.path.length);
}

/** Documents read in order, chapter by chapter or step by step, that also print as one page. */
export type PrintableName = Extract<PageName, 'guidelines' | 'planGuides'>;

/** The whole document on one page for printing: «/veiledere/<id>/skriv-ut/». */
export const printPathFor = (kind: PrintableName, id: string): string => `${pathFor(kind, id)}skriv-ut/`;

/** Whether an address belongs in sitemap-index.xml: not the 404 page, nor an entry whose row says no. */
export function inSitemap(url: string): boolean {
  const path = new URL(url, 'https://x').pathname;
  if (path.startsWith('/404')) return false;
  const entry = classify(path);
  return entry ? rowOf(entry.kind).sitemap : true;
}
