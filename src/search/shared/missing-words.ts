/**
 * What the search page has learnt about the reader's words: which words no page has. A reader
 * types a query key by key and the page searches as they type, so by the last key it has usually
 * seen the mistyped word already: «tverfaglig» while «tverfaglig samarbei» was searched. Knowing
 * that, the page corrects the word before it searches, and a corrected query is searched once,
 * not first as typed and then again corrected (which took a slow phone over 300 ms at 10 000 pages).
 *
 * A word missing from every page stays missing as the reader types on: if no page has a word
 * beginning with «pårørnd», none has one beginning with «pårørnde». So a word counts as missing
 * when it, or a word it begins with, was found missing. The index does not change while the page
 * is open, so nothing needs forgetting.
 */
export class MissingWords {
  readonly #missing = new Set<string>();

  /** Remembers that no page has a word beginning with `word` (lower case). */
  add(word: string): void {
    this.#missing.add(word);
  }

  /** Whether no page has a word beginning with `word` (lower case), as far as searches have shown. */
  has(word: string): boolean {
    const letters = [...word];
    for (let end = letters.length; end > 0; end--) {
      if (this.#missing.has(letters.slice(0, end).join(''))) return true;
    }
    return false;
  }
}

/**
 * The query words (lower case) that none of `pageWords` begins with, the way Pagefind matches a
 * word: as the start of a page's word, letter for letter. Pagefind does not match across the
 * Norwegian marks: «parorende» finds only pages that have that very word (as the synonym groups
 * add it to some), not every page with «pårørende», and «leringsnettverk» finds two pages whose
 * words happen to contain it. So a word typed without its marks counts as missing, and the search
 * corrects it («læringsnettverk»), unless a page has it written just so.
 */
export function unseenWords(words: readonly string[], pageWords: readonly string[]): string[] {
  return words.filter((word) => !pageWords.some((w) => w.startsWith(word)));
}

/**
 * The query words (lower case) that `pageWords` have only as the start of a longer word, never as
 * a word of their own: «planstrategii» where the only page with it says «planstrategiinnledningen».
 * Pagefind finds such a word, so unseenWords does not count it as missing.
 */
export function startsOnly(words: readonly string[], pageWords: readonly string[]): string[] {
  const whole = new Set(pageWords);
  return words.filter((word) => !whole.has(word) && pageWords.some((w) => w.startsWith(word)));
}

/**
 * The word without its last letter when that letter doubles the one before it: «planstrategii» →
 * «planstrategi», a key struck twice. On a large site such a slip often begins some rare compound
 * («planstrategiinnledningen»), so the reader gets a page or two about something else instead of a
 * correction. Only this slip is undone for a word the hits have only as a start (startsOnly): a
 * reader still typing a word has it only as a start too, and «alkoholr» on the way to
 * «alkoholregelverket» must not turn into «alkohol».
 */
export function withoutDoubledEnd(word: string): string | undefined {
  const letters = [...word];
  return letters.length > 2 && letters.at(-1) === letters.at(-2) ? letters.slice(0, -1).join('') : undefined;
}
