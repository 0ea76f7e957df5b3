/**
 * Pagefind's page list (its .pf_meta file): the index's slices, the pages' fragments and the
 * filters, each named by the file Pagefind wrote for it. Read by the slices' budget
 * (src/search/build/index-slices.ts) and by the index files kept between builds
 * (src/search/build/index-reuse.ts); read and written again by the steps that take the function
 * words out of the index (src/search/build/index-function-words.ts, which also reads the slices
 * with pagefindCbor) and give the pages short names (src/search/build/index-page-names.ts).
 */
import { createHash } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decode, encode } from 'cbor2';
import { MARKER } from './fragments.ts';

/** Pagefind's entry file: each language's page list, by the hash in its name. */
export interface PagefindEntry {
  languages: Record<string, { hash: string; wasm: string | null }>;
}

/** Where Pagefind's entry file is in the index's folder. */
export const entryPath = (pagefindDir: string) => `${pagefindDir}/pagefind-entry.json`;

/** Pagefind's entry file, read; writeMetaList writes it back with the new page list's name. */
export async function readEntry(pagefindDir: string): Promise<PagefindEntry> {
  return JSON.parse(await readFile(entryPath(pagefindDir), 'utf8')) as PagefindEntry;
}

/** The page list's file name, in the index's folder, for the hash the entry file gives it. */
export const metaFileName = (hash: string) => `pagefind.${hash}.pf_meta`;

/** The CBOR in one of Pagefind's compressed files (the page list, the index's slices): gzip over a marker and the CBOR. */
export const pagefindCbor = (file: Uint8Array): Buffer => gunzipSync(file).subarray(MARKER.length);

/** CBOR in Pagefind's file format (gzip at its best level over the marker and the CBOR), and the CBOR's digest to name it by. */
export const packPagefind = (cbor: Uint8Array): { bytes: Buffer; digest: string } => ({
  bytes: gzipSync(Buffer.concat([Buffer.from(MARKER), cbor]), { level: 9 }),
  digest: createHash('sha256').update(cbor).digest('hex'),
});

/**
 * A name for new content, as Pagefind names its files: the language, then as much of the digest as
 * no file of the index has. Only the names the page list uses count, not files on disk: a file
 * restored from the last build under the same name (src/search/build/index-reuse.ts) is either this
 * content or one the index no longer uses, and the name must be the one a build from nothing gives.
 */
export function freshName(language: string, digest: string, taken: ReadonlySet<string>): string {
  for (let length = 7; length < digest.length; length++) {
    const name = `${language}_${digest.slice(0, length)}`;
    if (!taken.has(name)) return name;
  }
  return `${language}_${digest}`;
}

/**
 * The page list of the index in `pagefindDir` as Pagefind wrote it, decoded as its list (version,
 * pages, slices, filters, sorts, metadata fields), with the entry file and the language it is for;
 * undefined for an index with no language. What pagefindMeta reads, and a step that rewrites the
 * list gives back to writeMetaList.
 */
export async function readMetaList(pagefindDir: string): Promise<{ entry: PagefindEntry; language: string; list: unknown[] } | undefined> {
  const entry = await readEntry(pagefindDir);
  const [language, details] = Object.entries(entry.languages)[0] ?? [];
  if (!language || !details) return undefined;
  return { entry, language, list: decode(pagefindCbor(await readFile(`${pagefindDir}/${metaFileName(details.hash)}`))) as unknown[] };
}

/**
 * Writes a changed page list under a new name from its content, removes the old one and points the
 * entry file at the new, so a browser never mixes an old page list with new files.
 */
export async function writeMetaList(pagefindDir: string, { entry, language, list }: { entry: PagefindEntry; language: string; list: unknown[] }): Promise<void> {
  const details = entry.languages[language]!;
  const { bytes, digest } = packPagefind(encode(list));
  const name = freshName(language, digest, new Set([details.hash]));
  await writeFile(`${pagefindDir}/${metaFileName(name)}`, bytes);
  await rm(`${pagefindDir}/${metaFileName(details.hash)}`);
  details.hash = name;
  await writeFile(entryPath(pagefindDir), JSON.stringify(entry));
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
  const read = await readMetaList(pagefindDir);
  if (!read) return undefined;
  const { hash, wasm } = read.entry.languages[read.language]!;
  // Pagefind's order: version, pages, slices, filters, sorts.
  const [, pages, slices, filters] = read.list as [
    string,
    [hash: string, words: number][],
    [from: string, to: string, hash: string][],
    [name: string, hash: string][],
  ];
  return {
    file: metaFileName(hash),
    wasm: `wasm.${wasm ?? 'unknown'}.pagefind`,
    pages: pages.map(([hash, words]) => ({ hash, words })),
    slices: slices.map(([from, to, hash]) => ({ from, to, hash })),
    filters: filters.map(([name, hash]) => ({ name, hash })),
  };
}
