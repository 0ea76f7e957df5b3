/**
 * Lists split into pages, so no list page grows past the HTML budget (14 KB gzip, the first round
 * trip) however much content the site gets. The first page keeps the list's own address
 * (/artikler/), later pages are /artikler/side/2/, /artikler/side/3/ …: «side» keeps them apart
 * from entries, whose ids are single file names, so an entry named «2» cannot take a page's address.
 */
import { t } from '../i18n/index.ts';
import type { Language } from '../schemas/vocabulary.ts';

/**
 * Entries per list page. At 20 the heaviest list in a 10 000-page build (practice examples, with
 * municipalities, counties and period under each title) stays near 10 KB gzip; see
 * docs/performance.md.
 */
export const pageSize = 20;

/** Entries each section of a topic hub shows before it links to the section's full list. */
export const hubSectionSize = 6;

/** The address of page `n` of the list at `base`: page 1 is the list's own address. */
export const pagePath = (base: string, n: number): string => (n <= 1 ? base : `${base}side/${n}/`);

/** A later page of a list: «/artikler/side/2/» → «/artikler/» and 2. */
export function laterPage(path: string): { base: string; n: number } | undefined {
  const match = /^(.*\/)side\/([1-9][0-9]*)\/$/.exec(path);
  return match && Number(match[2]) > 1 ? { base: match[1]!, n: Number(match[2]) } : undefined;
}

/** One page of a list: its entries and where it sits among the pages. */
export interface ListPage<T> {
  items: T[];
  /** The list's first page, which the later pages' addresses start with. */
  base: string;
  /** This page's number, from 1. */
  current: number;
  /** The number of pages (at least 1: an empty list still has its page). */
  last: number;
  /** Entries in the whole list. */
  total: number;
}

/** Which page of a list the entry at `index` (from 0) is on. */
export const pageOfIndex = (index: number): number => Math.floor(index / pageSize) + 1;

/** Page `n` of a list, for pages that split a list without a route of their own (structured data). */
export const pageItems = <T>(items: readonly T[], n: number): T[] => items.slice((n - 1) * pageSize, n * pageSize);

/**
 * Where a page sits among the list's pages, «side 2 av 14» for the <title> after the list's name
 * and «Side 2 av 14» standing alone (under the h1, in the breadcrumbs); nothing for a list on one page.
 */
export function pageOf(lang: Language, page: Pick<ListPage<unknown>, 'current' | 'last'> | undefined): { inTitle: string; alone: string } | undefined {
  if (!page || page.last <= 1) return undefined;
  const inTitle = t(lang, 'pager.pageOf', { n: page.current, last: page.last });
  return { inTitle, alone: inTitle.charAt(0).toLocaleUpperCase(lang) + inTitle.slice(1) };
}

/** A list entry with the heading of the group it belongs to (upcoming or past events, open or closed grants). */
export interface GroupedRow<T> {
  heading: string;
  item: T;
}

/**
 * Headed groups as one list, so they split into pages like any other list, the first group first:
 * upcoming events and open grants lead the first page, past and closed ones follow on later pages.
 */
export const asRows = <T>(groups: readonly { heading: string; items: T[] }[]): GroupedRow<T>[] =>
  groups.flatMap((g) => g.items.map((item) => ({ heading: g.heading, item })));

/** One page's rows back under their headings; a group split across pages gets its heading on each. */
export function regroup<T>(rows: readonly GroupedRow<T>[]): { heading: string; items: T[] }[] {
  const groups: { heading: string; items: T[] }[] = [];
  for (const { heading, item } of rows) {
    if (groups.at(-1)?.heading !== heading) groups.push({ heading, items: [] });
    groups.at(-1)!.items.push(item);
  }
  return groups;
}
