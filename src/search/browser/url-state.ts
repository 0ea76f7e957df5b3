/**
 * Keeps the search in the address (?q=…&type=…&sort=date), so a search can be linked and shared.
 * `exact=1` searches the words as typed, without correcting them («Søk i stedet etter …»).
 */
import type { Query } from './pagefind-client.ts';
import { MENU_FILTERS } from '../shared/result-fields.ts';

export function readQuery(location: Location): Query {
  const params = new URLSearchParams(location.search);
  const filters: Record<string, string[]> = {};
  for (const name of MENU_FILTERS) {
    const value = params.get(name);
    if (value) filters[name] = [value];
  }
  return {
    q: (params.get('q') ?? '').trim(),
    filters,
    sort: params.get('sort') === 'date' ? 'date' : 'relevance',
    exact: params.get('exact') === '1',
  };
}

/** The address of a search: the search page with the query's parameters. */
export function searchHref(query: Query): string {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  for (const name of MENU_FILTERS) {
    const value = query.filters[name]?.[0];
    if (value) params.set(name, value);
  }
  if (query.sort === 'date') params.set('sort', 'date');
  if (query.exact) params.set('exact', '1');
  const search = params.toString();
  return search ? `?${search}` : location.pathname;
}

export function writeQuery(query: Query): void {
  history.replaceState(null, '', searchHref(query));
}
