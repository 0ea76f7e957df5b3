/**
 * The address of every kind of entry, in one place. The architecture brief fixes these paths;
 * old-address redirects, the sitemap and links in content all rely on them.
 */
import { slugify } from './slug.ts';

export type EntryKind =
  | 'articles'
  | 'practice'
  | 'guidelines'
  | 'chapters'
  | 'planGuides'
  | 'planSteps'
  | 'questions'
  | 'tools'
  | 'topics'
  | 'glossary'
  | 'news'
  | 'events'
  | 'grants'
  | 'pages';

/** The last part of a nested id: «sammen-om-mestring/hovedforlop» → «hovedforlop». */
export const leaf = (id: string): string => id.split('/').at(-1)!;

/** The first part of a nested id: «sammen-om-mestring/hovedforlop» → «sammen-om-mestring». */
export const parent = (id: string): string => id.split('/')[0]!;

export function pathFor(kind: EntryKind, id: string): string {
  switch (kind) {
    case 'articles':
      return `/artikler/${id}/`;
    case 'practice':
      return `/praksis/${id}/`;
    case 'guidelines':
      return `/veiledere/${id}/`;
    case 'chapters':
      return `/veiledere/${parent(id)}/${leaf(id)}/`;
    case 'planGuides':
      return `/planlegging/${id}/`;
    case 'planSteps':
      return `/planlegging/${parent(id)}/${leaf(id)}/`;
    case 'questions':
      return `/planlegging/sporsmal-og-svar/${id}/`;
    case 'tools':
      return `/verktoy/${id}/`;
    case 'topics':
      return `/tema/${id}/`;
    case 'glossary':
      return `/ordbok/${id}/`;
    case 'news':
      return `/aktuelt/${id}/`;
    case 'events':
      return `/arrangementer/${id}/`;
    case 'grants':
      return `/tilskudd/${id}/`;
    case 'pages':
      return id === 'tidlig-intervensjon' ? '/tidlig-intervensjon/' : `/om/${id}/`;
  }
}

/** The list page each kind belongs to, for breadcrumbs. */
export const sectionPath: Record<EntryKind, string> = {
  articles: '/artikler/',
  practice: '/praksis/',
  guidelines: '/veiledere/',
  chapters: '/veiledere/',
  planGuides: '/planlegging/',
  planSteps: '/planlegging/',
  questions: '/planlegging/sporsmal-og-svar/',
  tools: '/verktoy/',
  topics: '/tema/',
  glossary: '/ordbok/',
  news: '/aktuelt/',
  events: '/arrangementer/',
  grants: '/tilskudd/',
  pages: '/om/',
};

/**
 * Practice examples county by county. The overview and the county pages live under «fylke/»:
 * practice ids are single file names, so «/praksis/fylke/<county>/» can never be an example's
 * address, and a practice file named «fylke.mdx» is refused by the address check.
 */
export const countyIndexPath = '/praksis/fylke/';

/** A county's part of the address: «Møre og Romsdal» → «more-og-romsdal». */
export const countySlug = (county: string): string => slugify(county);

/** The page listing one county's practice examples: «Møre og Romsdal» → «/praksis/fylke/more-og-romsdal/». */
export const countyPath = (county: string): string => `${countyIndexPath}${countySlug(county)}/`;
