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

const HYPHENATED = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+/gu;

/**
 * Hyphenated words as one lower-case word («Ungdata-undersøkelsen» → «ungdataundersøkelsen»).
 * Pagefind indexes a hyphenated word both in parts and joined, so a reader who types it without
 * the hyphen finds it; the typo vocabulary needs the joined form too, or a slip in it
 * («ungdatundersøkelsen») has nothing to be corrected to.
 */
export function joinedWords(text: string): string[] {
  return (text.toLocaleLowerCase('nb').match(HYPHENATED) ?? []).map((word) => word.replaceAll('-', ''));
}

/** The words of a text as Pagefind can match them: each word, and hyphenated words also joined. */
export const indexedWords = (text: string): string[] => [...tokenize(text), ...joinedWords(text)];
