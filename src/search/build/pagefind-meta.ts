/**
 * Pagefind's page list (its .pf_meta file): the index's slices, the pages' fragments and the
 * filters, each named by the file Pagefind wrote for it. Read by the slices' budget
 * (src/search/build/index-slices.ts) and by the index files kept between builds
 * (src/search/build/index-reuse.ts).
 */
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { decode } from 'cbor2';
import { MARKER } from './fragments.ts';

interface PagefindEntry {
  languages: Record<string, { hash: string; wasm: string | null }>;
}

export interface PagefindMeta {
  /** The page list's own file name, in the index's folder. */
  file: string;
  /** The wasm file a search loads: `wasm.<language or unknown>.pagefind`. */
  wasm: string;
  /** The pages in Pagefind's order: the fragment's hash and the page's word count. */
  pages: { hash: string; words: number }[];
  /** The slices in Pagefind's order: the first and last word they can hold (shortened), and the file's hash. */
  slices: { from: string; to: string; hash: string }[];
  /** The filters: the filter's name and the file's hash. */
  filters: { name: string; hash: string }[];
}

/** The page list of the index in `pagefindDir`, or undefined for an index with no language (no pages). */
export async function pagefindMeta(pagefindDir: string): Promise<PagefindMeta | undefined> {
  const entry = JSON.parse(await readFile(`${pagefindDir}/pagefind-entry.json`, 'utf8')) as PagefindEntry;
  const [language] = Object.values(entry.languages);
  if (!language) return undefined;
  const file = `pagefind.${language.hash}.pf_meta`;
  // Pagefind's order: version, pages, slices, filters, sorts.
  const [, pages, slices, filters] = decode(gunzipSync(await readFile(`${pagefindDir}/${file}`)).subarray(MARKER.length)) as [
    string,
    [hash: string, words: number][],
    [from: string, to: string, hash: string][],
    [name: string, hash: string][],
  ];
  return {
    file,
    wasm: `wasm.${language.wasm ?? 'unknown'}.pagefind`,
    pages: pages.map(([hash, words]) => ({ hash, words })),
    slices: slices.map(([from, to, hash]) => ({ from, to, hash })),
    filters: filters.map(([name, hash]) => ({ name, hash })),
  };
}
