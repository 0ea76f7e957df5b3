/**
 * The benchmark's site searched over its real pages alone, with the index of all its pages: does
 * the index at 10 000 pages still find the real pages and order them as on the real site, apart
 * from the synthetic pages that push in between? That is what the search can be held to at that
 * size; which synthetic page of word salad a reader would rather see is the corpus's question.
 *
 * A copy of the built site gets a filter value only the real pages have, and is indexed again by
 * the site's own index step (src/search/build/index-site.ts). The search page reads its menu filters
 * from the address, and a page may hold several values of one, so a search with REAL_ONLY in the
 * address finds only the real pages, while Pagefind still weighs each word by how many of all the
 * pages have it and the search page takes its word shares from all of them. On the real site the
 * filter changes nothing (docs/performance.md, «Runde 26»).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative, sep } from 'node:path';
import { walk } from '../../src/lib/walk.ts';
import { indexSite } from '../../src/search/build/index-site.ts';

/** The filter and value that mark a real page: a value of the language filter no page has. */
export const REAL_ONLY = { filter: 'lang', value: 'ekte-side' } as const;

/** Where Pagefind starts reading a page (src/layouts/Base.astro); a page without it is not indexed. */
const BODY = 'data-pagefind-body>';

/** A page's HTML with the mark of a real page, as the first thing Pagefind reads; unchanged if the page is not indexed. */
export function markedAsReal(html: string): string {
  return html.replace(BODY, `${BODY}<span data-pagefind-filter="${REAL_ONLY.filter}:${REAL_ONLY.value}"></span>`);
}

/** The address path of a page written as `file` under `dist` («/artikler/x/» for artikler/x/index.html). */
export function pathOf(dist: string, file: string): string {
  const parts = relative(dist, file).split(sep).slice(0, -1);
  return parts.length === 0 ? '/' : `/${parts.join('/')}/`;
}

/**
 * Runs `use` on a copy of the site in `dist` where the pages not in `synthetic` are marked as real
 * and the index is built again; the copy is removed afterwards. Returns what `use` returns.
 */
export async function withRealPagesMarked<T>(dist: string, synthetic: ReadonlySet<string>, use: (copy: string) => Promise<T>): Promise<T> {
  const copy = join(mkdtempSync(join(tmpdir(), 'ekte-sider-')), 'dist');
  try {
    cpSync(dist, copy, { recursive: true });
    for (const file of walk(copy).filter((path) => basename(path) === 'index.html')) {
      if (synthetic.has(pathOf(copy, file))) continue;
      const html = readFileSync(file, 'utf8');
      const marked = markedAsReal(html);
      if (marked !== html) writeFileSync(file, marked);
    }
    await indexSite(copy);
    return await use(copy);
  } finally {
    rmSync(join(copy, '..'), { recursive: true, force: true });
  }
}
