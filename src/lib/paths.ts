/**
 * The address of every kind of entry, in one place. The architecture brief fixes these paths;
 * old-address redirects, the sitemap and links in content all rely on them.
 */
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

/** Documents read in order, chapter by chapter or step by step, that also print as one page. */
export type PrintableKind = 'guidelines' | 'planGuides';

/** The whole document on one page for printing: «/veiledere/<id>/skriv-ut/». */
export const printPathFor = (kind: PrintableKind, id: string): string => `${pathFor(kind, id)}skriv-ut/`;
