/**
 * Rewrites a query into the other forms its words have in the synonym groups, so that a nynorsk
 * query is also run in bokmål (and the other way round), and an abbreviation also as its full name.
 * Each page then matches in its own words at full weight, whichever standard the reader typed in.
 * Shared by the search page (in the browser) and the tests.
 */

/** Lower-case words, as the index sees them. */
const words = (text: string): string[] => text.toLocaleLowerCase('nb').match(/[\p{L}\p{N}]+/gu) ?? [];

/** The group member a query word stands for: the word itself, or an inflected form of it. */
function memberFor(word: string, group: string[]): number {
  const exact = group.findIndex((m) => m === word);
  if (exact !== -1) return exact;
  // «skulen» is an inflected «skule»; short members (abbreviations) must match whole.
  return group.findIndex((m) => !m.includes(' ') && m.length >= 4 && word.length >= 5 && word.startsWith(m) && word.length - m.length <= 3);
}

/**
 * The query in each of the first two forms of its words' groups, without duplicates and without
 * the query itself. A query with no word in any group has no variants.
 */
export function queryVariants(query: string, groups: string[][]): string[] {
  const tokens = words(query);
  const variants = new Set<string>();
  for (const slot of [0, 1]) {
    let text = ` ${tokens.join(' ')} `;
    let changed = false;
    // Phrases first («tidleg intervensjon» → «tidlig intervensjon»), then single words.
    for (const group of groups) {
      const target = group[slot];
      if (!target) continue;
      for (const member of group) {
        if (member === target || !member.includes(' ')) continue;
        if (text.includes(` ${member} `)) {
          text = text.replace(` ${member} `, ` ${target} `);
          changed = true;
        }
      }
    }
    const rewritten = words(text).map((word) => {
      for (const group of groups) {
        const target = group[slot];
        // A single word is not widened into a phrase («bti» → «bedre tverrfaglig innsats»): each
        // extra word costs the reader another slice of the index to download, and the index
        // already knows pages with the full name by the abbreviation (src/search/expand.ts).
        if (!target || target.includes(' ')) continue;
        const i = memberFor(word, group);
        if (i !== -1 && group[i] !== target) {
          changed = true;
          return target;
        }
      }
      return word;
    });
    const variant = rewritten.join(' ');
    if (changed && variant !== tokens.join(' ')) variants.add(variant);
  }
  return [...variants];
}
