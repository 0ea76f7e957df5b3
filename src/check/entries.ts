/**
 * What is wrong between entries rather than in one file: ids that point nowhere and places SSB
 * does not know. `npm run check` and the build (src/collections/content.ts) both ask this.
 */
import type { ContentProblem } from './problem.ts';
import { findReferenceProblems, type EntryRef } from '../collections/references.ts';
import { findPlaceProblems } from './places.ts';

/** Everything that is wrong between entries: dangling ids, then unknown places, file by file. */
export function findEntryProblems(entries: EntryRef[]): ContentProblem[] {
  const all = [...findReferenceProblems(entries), ...findPlaceProblems(entries)];
  const order = new Map(entries.map((e, i) => [e.filePath ?? `${e.collection}/${e.id}`, i]));
  return all.sort((a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0));
}
