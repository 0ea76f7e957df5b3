/**
 * The order of the search index's pages by date, newest first, for «Sorter etter dato».
 *
 * Pagefind can sort by a value itself (data-pagefind-sort), but it keeps that order in the file
 * every search loads first: 18 KB of the first search at 10 000 pages, for a choice few readers
 * make. This order is written to its own file instead (/sok/datoer.txt, one Pagefind page id per
 * line), which the search page loads only when the reader sorts by date.
 */
import type { IndexedPage } from './fragments.ts';
import { firstValue, SHOWN } from '../shared/result-fields.ts';

/** Page ids newest first (ties by address, so two builds give the same file), one per line. */
export function dateOrder(indexed: IndexedPage[]): string {
  const pages = indexed.map((p) => ({ id: p.id, date: firstValue(p.filters, SHOWN.sortDate) ?? '', url: p.url }));
  pages.sort((a, b) => (a.date === b.date ? (a.url < b.url ? -1 : 1) : a.date < b.date ? 1 : -1));
  return `${pages.map((p) => p.id).join('\n')}\n`;
}
