/**
 * Spelling correction for the search page: a query word that no page has is corrected to the
 * closest word in the site's vocabulary (written by the build, src/search/build/vocabulary.ts).
 * Shared by the build (which files the words) and the search page (which looks them up).
 *
 * The distance is an edit distance (insert, delete, replace, swap two neighbours) where the slips
 * a Norwegian typing fast on a phone makes most cost half: a doubled or single consonant
 * («tverfaglig», «ungdatta») and a letter without its Norwegian mark («parorende», «hoyskole»). A
 * word of four to six letters may be one edit away, a longer one two. Among equally close words,
 * the more common one wins: each file lists its words by how many pages have them.
 */

/** Letters that differ only by a Norwegian mark, for the half-price replacement and for filing. */
const PLAIN: Record<string, string> = { å: 'a', ø: 'o', æ: 'e', ä: 'a', ö: 'o', é: 'e', è: 'e', ü: 'u' };

const plain = (c: string) => PLAIN[c] ?? c;

/** Shortest word the search ever corrects: shorter words have too many neighbours. */
export const MIN_CORRECTED = 4;

/** How many edits a word of this length may be from its correction. */
export function maxDistance(length: number): number {
  if (length < MIN_CORRECTED) return 0;
  return length <= 6 ? 1 : 2;
}

/** The vocabulary file for words beginning like `word`: one per first letter, marks removed. */
export function vocabularyPath(word: string): string {
  const first = plain([...word][0] ?? '_');
  return `/sok/ordliste/${first.codePointAt(0)!.toString(16)}.txt`;
}

/** The letter a word is filed under (see vocabularyPath). */
export const vocabularyKey = (word: string) => plain([...word][0] ?? '_');

/**
 * The weighted edit distance between a typed word and a known word (restricted Damerau-
 * Levenshtein), or Infinity once it is certain to exceed `limit`.
 */
export function distance(typed: string, known: string, limit = 2): number {
  const a = [...typed];
  const b = [...known];
  if (Math.abs(a.length - b.length) > limit) return Infinity;
  // Inserting or deleting a letter next to the same letter is a doubled/single consonant slip.
  const indel = (s: string[], i: number) => (s[i] === s[i - 1] || s[i] === s[i + 1] ? 0.5 : 1);
  const replace = (x: string, y: string) => (x === y ? 0 : plain(x) === plain(y) ? 0.5 : 1);
  let before: number[] = [];
  let previous: number[] = [0];
  for (let j = 1; j <= b.length; j++) previous[j] = previous[j - 1]! + indel(b, j - 1);
  for (let i = 1; i <= a.length; i++) {
    const row: number[] = [previous[0]! + indel(a, i - 1)];
    let best = row[0]!;
    for (let j = 1; j <= b.length; j++) {
      let d = Math.min(
        previous[j]! + indel(a, i - 1),
        row[j - 1]! + indel(b, j - 1),
        previous[j - 1]! + replace(a[i - 1]!, b[j - 1]!),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1] && a[i - 1] !== a[i - 2]) d = Math.min(d, before[j - 2]! + 1);
      row[j] = d;
      if (d < best) best = d;
    }
    if (best > limit) return Infinity;
    before = previous;
    previous = row;
  }
  return previous[b.length]!;
}

/**
 * The closest known word to a typed word within its allowed distance (and at most `most` edits),
 * or undefined. `known` is in order of preference (most common first); the typed word itself is
 * never returned.
 */
export function closestWord(typed: string, known: readonly string[], most = 2): string | undefined {
  const limit = Math.min(most, maxDistance([...typed].length));
  if (limit === 0) return undefined;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const word of known) {
    if (word === typed) continue;
    const d = distance(typed, word, Math.min(limit, bestDistance));
    if (d < bestDistance) {
      best = word;
      bestDistance = d;
    }
  }
  return bestDistance <= limit ? best : undefined;
}

/** Shortest part of a compound the search corrects on its own. */
const MIN_PART = 5;
/** Letters Norwegian puts between the parts of a compound («forebygging-s-plan», «barn-e-hage»). */
const LINKING = ['s', 'e'];

type Load = (word: string) => Promise<readonly string[]>;

/**
 * The ways a compound's last part can be read: as typed, and without a linking letter. A letter
 * that repeats the first part's last letter is a slip, not a linking letter («skjenkeekontroll»).
 */
const readings = (head: string, part: string): string[] =>
  LINKING.includes(part[0]!) && !head.endsWith(part[0]!) && [...part].length > MIN_CORRECTED ? [part, part.slice(1)] : [part];

/** Whether a compound's last part is a known word, with or without a linking letter. */
async function knownPart(head: string, part: string, load: Load): Promise<boolean> {
  for (const reading of readings(head, part)) if ((await load(reading)).includes(reading)) return true;
  return false;
}

/** A compound's last part corrected, keeping a linking letter, or undefined if it has no correction. */
async function correctedPart(head: string, part: string, load: Load): Promise<string | undefined> {
  for (const reading of readings(head, part)) {
    const fixed = closestWord(reading, await load(reading));
    if (fixed) return part.slice(0, part.length - reading.length) + fixed;
  }
  return undefined;
}

/**
 * A correction for a word: the closest known word, or else, for a compound the vocabulary does not
 * list, a known first part with the rest corrected («rusforebyggng»: «rus» + «forebygging»), or a
 * known last part with the first corrected («alokholforbruket»: «alkohol» + «forbruket»), a linking
 * s or e allowed between them («forebygingsplan»: «forebygging» + s + «plan»). `load` gives the
 * vocabulary file for a word's first letter.
 */
export async function correctWord(typed: string, load: Load): Promise<string | undefined> {
  const words = await load(typed);
  if (words.includes(typed)) return undefined;
  const whole = closestWord(typed, words);
  if (whole) return whole;
  const known = new Set(words);
  const letters = [...typed];
  const split = (i: number) => [letters.slice(0, i).join(''), letters.slice(i).join('')] as const;
  let knownParts = false;
  for (let i = letters.length - MIN_PART; i >= 3; i--) {
    const [head, tail] = split(i);
    if (!known.has(head)) continue;
    if (await knownPart(head, tail, load)) {
      knownParts = true;
      continue;
    }
    const fixed = await correctedPart(head, tail, load);
    if (fixed) return head + fixed;
  }
  // A compound of known parts is likely a word no page uses («helsesøstertjenesten»), not a slip
  // in its first part: guessing one would turn it into something else («helsesøsterenesten»).
  if (knownParts) return undefined;
  // The first part's file is loaded already; a last part's file is fetched only for a first part
  // that has a correction, so a typo costs a file or two, not one per way of splitting the word.
  for (let i = MIN_PART; i <= letters.length - MIN_PART; i++) {
    const [head, tail] = split(i);
    // One slip only: a first part two edits off, joined to a short word, is a guess.
    const fixed = known.has(head) ? undefined : closestWord(head, words, 1);
    if (fixed && (await knownPart(fixed, tail, load))) return fixed + tail;
  }
  return undefined;
}
