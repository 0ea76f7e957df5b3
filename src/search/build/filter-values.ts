/**
 * The values each search filter can take (/sok/filtre.json), for the search page's filter menus.
 * Pagefind's own list (`filters()`) loads every filter's index, with the pages each value has:
 * about 100 KB at 10 000 pages, on every first search at desk width, where the filters stand open
 * beside the results. The menus need only the values, a kilobyte or two; Pagefind loads a filter's
 * index when a reader picks one.
 */
import type { IndexedPage } from './fragments.ts';
import { MENU_FILTERS } from '../shared/result-fields.ts';

/** Filter name → its values, sorted as the menus show them; only the filters with a menu. */
export function filterValues(pages: IndexedPage[]): Record<string, string[]> {
  const menus = new Set<string>(MENU_FILTERS);
  const values = new Map<string, Set<string>>();
  for (const page of pages) {
    for (const [name, list] of Object.entries(page.filters)) {
      if (!menus.has(name)) continue;
      if (!values.has(name)) values.set(name, new Set());
      for (const value of list) values.get(name)!.add(value);
    }
  }
  return Object.fromEntries([...values].sort(([a], [b]) => (a < b ? -1 : 1)).map(([name, set]) => [name, [...set].sort((a, b) => a.localeCompare(b, 'nb'))]));
}
