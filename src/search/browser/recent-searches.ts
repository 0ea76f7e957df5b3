/**
 * Pagefind's answers to the searches made lately on the search page, by what was searched. The
 * page searches as the reader types, and the search for the last key mostly repeats the one for
 * the key before: in «hvordan forebygge rus blant studenter» only the searches for the last word
 * change, and each of the others («rus» alone finds half of 10 000 pages) took Pagefind's worker
 * tens of milliseconds on a slow phone, waiting in line behind each other. The index does not
 * change while the page is open, so an answer holds for as long as it is kept. A search that is
 * still running is shared too, and one that failed (a slice of the index did not load) is
 * forgotten, so the next search asks again.
 *
 * Kept while the answers hold at most `maxResults` results between them, the oldest dropped first:
 * each result is a small object in the page's memory (and its text is kept in the worker until the
 * page lets go of it), so the cache is bounded by results, not by searches.
 */
export class RecentSearches<Answer extends { results: readonly unknown[] }> {
  readonly #answers = new Map<string, Promise<Answer>>();
  readonly #sizes = new Map<string, number>();
  readonly #maxResults: number;
  #held = 0;

  constructor(maxResults: number) {
    this.#maxResults = maxResults;
  }

  /** The answer for `key`, from `run` the first time it is asked for, and after it was dropped. */
  get(key: string, run: () => Promise<Answer>): Promise<Answer> {
    const known = this.#answers.get(key);
    if (known) {
      // The most recently used goes last, the last to be dropped.
      this.#answers.delete(key);
      this.#answers.set(key, known);
      return known;
    }
    const answer = run();
    this.#answers.set(key, answer);
    answer.then(
      (a) => {
        if (this.#answers.get(key) !== answer) return;
        this.#sizes.set(key, a.results.length);
        this.#held += a.results.length;
        this.#trim(key);
      },
      () => this.#drop(key, answer),
    );
    return answer;
  }

  /** The answer already known for `key`, without searching. */
  known(key: string): Promise<Answer> | undefined {
    return this.#answers.get(key);
  }

  /** Drops the oldest answers until the rest are within the bound; never the one just added (`newest`). */
  #trim(newest: string): void {
    for (const [key, answer] of this.#answers) {
      if (this.#held <= this.#maxResults) return;
      if (key !== newest) this.#drop(key, answer);
    }
  }

  #drop(key: string, answer: Promise<Answer>): void {
    if (this.#answers.get(key) !== answer) return;
    this.#answers.delete(key);
    this.#held -= this.#sizes.get(key) ?? 0;
    this.#sizes.delete(key);
  }
}
