/**
 * Pagefind's page list (its .pf_meta file): the index's slices, the pages' fragments and the
 * filters, each named by the file Pagefind wrote for it. Read by the slices' budget
 * (src/search/build/index-slices.ts), by the index files kept between builds
 * (src/search/build/index-reuse.ts) and by the step that takes the function words out of the index
 * (src/search/build/index-function-words.ts), which also reads the slices with pagefindCbor.
 */
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { decode } from 'cbor2';
import { MARKER } from './fragments.ts';

/** Pagefind's entry file: each language's page list, by the hash in its name. */
export interface PagefindEntry {
  languages: Record<string, { hash: string; wasm: string | null }>;
}

/** Where Pagefind's entry file is in the index's folder. */
export const entryPath = (pagefindDir: string) => `${pagefindDir}/pagefind-entry.json`;

/** Pagefind's entry file, read; the function words' step writes it back with its new page list. */
export async function readEntry(pagefindDir: string): Promise<PagefindEntry> {
  return JSON.parse(await readFile(entryPath(pagefindDir), 'utf8')) as PagefindEntry;
}

/** The page list's file name, in the index's folder, for the hash the entry file gives it. */
export const metaFileName = (hash: string) => `pagefind.${hash}.pf_meta`;

/** The CBOR in one of Pagefind's compressed files (the page list, the index's slices): gzip over a marker and the CBOR. */
export const pagefindCbor = (file: Uint8Array): Buffer => gunzipSync(file).subarray(MARKER.length);

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
  const [language] = Object.values((await readEntry(pagefindDir)).languages);
  if (!language) return undefined;
  const file = metaFileName(language.hash);
  // Pagefind's order: version, pages, slices, filters, sorts.
  const [, pages, slices, filters] = decode(pagefindCbor(await readFile(`${pagefindDir}/${file}`))) as [
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
