/**
 * Words as the search sees them: lower case, letters and digits only. One definition for the
 * build (extra words, synonym groups) and the search page (query rewriting, function words), so
 * both split «Klient- og resultatstyrt praksis» the same way.
 */
const WORD = /[\p{L}\p{N}]+/gu;

/** Lower-case words of a text. */
export function tokenize(text: string): string[] {
  return text.toLocaleLowerCase('nb').match(WORD) ?? [];
}
