/**
 * Turns a title into a file name and address part: «Tidlig inn i Tromsø og Balsfjord» →
 * «tidlig-inn-i-tromso-og-balsfjord». Norwegian letters follow the convention of the existing
 * addresses (æ → ae, ø → o, å → a); other accents are dropped.
 */
const letters: Record<string, string> = { æ: 'ae', ø: 'o', å: 'a', ä: 'a', ö: 'o', ü: 'u', ß: 'ss' };

/** Longest slug we make: long enough to be unique, short enough to read in an address bar. */
export const maxSlugLength = 80;

export function slugify(text: string): string {
  const plain = text
    .toLocaleLowerCase('nb')
    .replace(/[æøåäöüß]/g, (c) => letters[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (plain.length <= maxSlugLength) return plain;
  // Cut at a word boundary rather than mid-word.
  const cut = plain.slice(0, maxSlugLength + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 20 ? cut.slice(0, lastHyphen) : plain.slice(0, maxSlugLength)).replace(/-+$/, '');
}
