/**
 * The synonym groups, split by how words begin, for the search page. The whole list grows with the
 * glossary and the tools (about 12 KB compressed at 10 000 pages), and a query needs only the
 * groups whose terms start like its words: a query can match a group only through a word it
 * shares with one of the group's terms, or an inflected form of it (src/search/shared/query-variants.ts),
 * and that word starts with the same two letters as the term. So each group is filed under the
 * first two letters of each of its terms, and the search page fetches the files for its query's
 * words. Function words are skipped on both sides: the search page never sends them to Pagefind,
 * and a file for «so» would be fetched for every query with «som». The same files carry the words
 * on most pages that begin so, which a long query leaves out (src/search/shared/common-words.ts).
 */

import type { SliceBudget } from './index-budget.ts';
import { STOP_WORDS } from './stop-words.ts';
import { tokenize } from './words.ts';

/** A group with its place in the full list, which decides which group wins when two know a word. */
export type Shard = [place: number, group: string[]][];

/**
 * What the file for a beginning holds: the groups filed under it, and the words on most pages that
 * begin so, with their share of the pages (src/search/shared/common-words.ts). They share a file
 * because a query fetches the files for its words anyway: a second kind of file would cost every
 * search more requests.
 */
export interface StartFile {
  groups: Shard;
  common: [word: string, share: number][];
  /** On a large site, the words on many pages that begin so, with their share (src/search/shared/index-budget.ts). */
  frequent?: [word: string, share: number][];
  /** On a large site, added once the index is written: what its slices cost, for the first search's budget (src/search/build/index-slices.ts). */
  slices?: SliceBudget;
}

/** The file for a beginning. Letters are written as code points, so «bø» is a plain «62-f8». */
export function shardPath(start: string): string {
  return `/sok/ordgrupper/${[...start].map((c) => c.codePointAt(0)!.toString(16)).join('-')}.json`;
}

/** The first two letters (or the whole word, if shorter) of a text's words, lower case, each once. */
export function wordStarts(text: string): string[] {
  const words = tokenize(text).filter((w) => !STOP_WORDS.has(w));
  return [...new Set(words.map((w) => [...w].slice(0, 2).join('')))];
}

/** The groups filed by beginning: a group is under the start of the first real word of each term. */
export function shardGroups(groups: string[][]): Map<string, Shard> {
  const shards = new Map<string, Shard>();
  for (const [place, group] of groups.entries()) {
    const letters = new Set(group.map((term) => wordStarts(term)[0]).filter((l) => l !== undefined));
    for (const letter of letters) {
      if (!shards.has(letter)) shards.set(letter, []);
      shards.get(letter)!.push([place, group]);
    }
  }
  return shards;
}

/** The files for the search page: the groups, the common words and the frequent ones, filed by beginning. */
export function startFiles(groups: string[][], common: ReadonlyMap<string, number>, frequent: ReadonlyMap<string, number> = new Map()): Map<string, StartFile> {
  const files = new Map<string, StartFile>();
  const file = (start: string) => {
    if (!files.has(start)) files.set(start, { groups: [], common: [] });
    return files.get(start)!;
  };
  for (const [start, shard] of shardGroups(groups)) file(start).groups = shard;
  for (const [word, share] of [...common].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const [start] = wordStarts(word);
    if (start) file(start).common.push([word, share]);
  }
  for (const [word, share] of [...frequent].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const [start] = wordStarts(word);
    if (start) (file(start).frequent ??= []).push([word, share]);
  }
  return files;
}

/** The groups from some shards, each once, in their order in the full list. */
export function joinShards(shards: Shard[]): string[][] {
  const byPlace = new Map<number, string[]>();
  for (const shard of shards) for (const [place, group] of shard) byPlace.set(place, group);
  return [...byPlace.entries()].sort((a, b) => a[0] - b[0]).map(([, group]) => group);
}
