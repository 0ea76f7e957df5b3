/**
 * The static paths of the paginated lists (src/collections/pagination.ts), with the key Astro's
 * incremental build copies an unchanged page by. Kept out of pagination.ts, which the site's config
 * also reads (old addresses of later pages): the key needs the loaded content, which the config
 * cannot import.
 */
import type { GetStaticPathsResult, PaginateFunction } from 'astro';
import { siteKey } from './cache-keys.ts';
import { pageSize, type ListPage } from './pagination.ts';

/**
 * The static paths of a paginated list for a `[...page].astro` route: Astro's paginate() splits the
 * entries, and the page parameter becomes «side/<n>» (nothing for page 1). `params` fills the
 * route's other parameters, `props` is passed to every page.
 *
 * Every page gets the site's cache key (src/collections/cache-keys.ts): a list shows only entries'
 * data (titles, leads, dates, places, topics) and the build date, which that key is made of, so
 * when an editor changes only the text of an entry, a warm build copies the list pages instead of
 * rendering them again. At 10 000 pages that was some 1 700 list pages, topic sections included,
 * rendered anew in every warm build (docs/performance.md, «Runde 17»).
 */
export async function listPaths<T, P extends Record<string, unknown>>(
  paginate: PaginateFunction,
  items: readonly T[],
  base: string,
  params: Record<string, string> = {},
  props: P = {} as P,
): Promise<GetStaticPathsResult> {
  const cacheKey = await siteKey();
  return paginate(items, { pageSize, params }).map(({ props: { page } }) => {
    const listPage: ListPage<T> = { items: page.data as T[], base, current: page.currentPage, last: page.lastPage, total: page.total };
    return { params: { ...params, page: page.currentPage > 1 ? `side/${page.currentPage}` : undefined }, props: { ...props, page: listPage }, cacheKey };
  });
}
