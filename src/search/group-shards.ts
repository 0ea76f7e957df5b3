/**
 * The synonym groups, split by first letter for the search page. The whole list grows with the
 * glossary and the tools (about 12 KB compressed at 10 000 pages), and a query needs only the
 * groups whose terms start like its words: a query can match a group only through a word it
 * shares with one of the group's terms (src/search/query-variants.ts), and that word starts with
 * the same letter as the term. So each group is filed under the first letter of each of its
 * terms, and the search page fetches the files for its query's first letters.
 */

/** A group with its place in the full list, which decides which group wins when two know a word. */
export type Shard = [place: number, group: string[]][];

/** The file a letter's groups are in. Letters are written as code points, so «æ» is a plain «e6». */
export function shardPath(letter: string): string {
  return `/sok/ordgrupper/${letter.codePointAt(0)!.toString(16)}.json`;
}

/** The first letters of a text's words, lower case, each once. */
export function firstLetters(text: string): string[] {
  const words = text.toLocaleLowerCase('nb').match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words.map((w) => [...w][0]!))];
}

/** The groups filed by letter: a group is under the first letter of each of its terms. */
export function shardGroups(groups: string[][]): Map<string, Shard> {
  const shards = new Map<string, Shard>();
  for (const [place, group] of groups.entries()) {
    const letters = new Set(group.map((term) => firstLetters(term)[0]).filter((l) => l !== undefined));
    for (const letter of letters) {
      if (!shards.has(letter)) shards.set(letter, []);
      shards.get(letter)!.push([place, group]);
    }
  }
  return shards;
}

/** The groups from some shards, each once, in their order in the full list. */
export function joinShards(shards: Shard[]): string[][] {
  const byPlace = new Map<number, string[]>();
  for (const shard of shards) for (const [place, group] of shard) byPlace.set(place, group);
  return [...byPlace.entries()].sort((a, b) => a[0] - b[0]).map(([, group]) => group);
}
