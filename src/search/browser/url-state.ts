/** Keeps the search in the address (?q=…&type=…&sort=date), so a search can be linked and shared. */
import type { Query } from './pagefind-client.ts';

export const filterNames = ['type', 'topic', 'target', 'county', 'lang'] as const;

export function readQuery(location: Location): Query {
  const params = new URLSearchParams(location.search);
  const filters: Record<string, string[]> = {};
  for (const name of filterNames) {
    const value = params.get(name);
    if (value) filters[name] = [value];
  }
  return { q: (params.get('q') ?? '').trim(), filters, sort: params.get('sort') === 'date' ? 'date' : 'relevance' };
}

export function writeQuery(query: Query): void {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  for (const name of filterNames) {
    const value = query.filters[name]?.[0];
    if (value) params.set(name, value);
  }
  if (query.sort === 'date') params.set('sort', 'date');
  const search = params.toString();
  history.replaceState(null, '', search ? `?${search}` : location.pathname);
}
