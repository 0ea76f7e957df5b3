/**
 * The names under which a page hands Pagefind what its search result shows (dates, topics) and
 * the date «Nyeste først» sorts by, and the filters the search page has menus for. Written by the
 * page (src/components/SearchData.astro), read by the result (src/search/browser/render.ts) and
 * the build (src/search/build/date-order.ts, filter-values.ts).
 *
 * Values no query should match are filters, not metadata. Pagefind indexes the words of every
 * metadata field, so as metadata a result's date («28. juni 2011»), its topics and the sort date
 * were words of every page's index: some 200 MB more for Pagefind to hold at 10 000 pages, for
 * nothing a reader searches for. A filter is kept with the page and returned with the result, but
 * is never matched against the query, and its index is downloaded only when a reader filters by
 * it, which these have no menu for.
 */

/** Filters the search page has menus for; the type and topics also show on each result. */
export const MENU_FILTERS = ['type', 'topic', 'target', 'county', 'lang', 'guideline'] as const;

/** Filters that only carry what a result shows, and the sort date. */
export const SHOWN = {
  /** The date a reader cares about for the type, as text («28. juni 2011», «Søknadsfrist …»). */
  when: 'vis_dato',
  /** The same date in ISO form, for <time datetime>, when it is a day. */
  whenDatetime: 'vis_dato_iso',
  /** The page's topics in its own written standard, as one text. */
  topics: 'vis_tema',
  /** The date «Nyeste først» sorts by (ISO, or a year). */
  sortDate: 'sorteringsdato',
} as const;

/** The first value of a filter on a result, if it has one. */
export const firstValue = (filters: Record<string, string[] | undefined>, name: string): string | undefined => filters[name]?.[0];
