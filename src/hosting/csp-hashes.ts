/**
 * Reads the hashes Astro put in each page's <meta http-equiv="content-security-policy"> so that
 * the HTTP header allows exactly what Astro computed. The header is one policy for the whole
 * site, so it takes the union over all pages.
 */
import type { CspHashes } from './security-headers.ts';

const metaPattern = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i;

/** The script and style hashes in one page's meta policy; empty lists if it has none. */
export function hashesInHtml(html: string): CspHashes {
  const content = metaPattern.exec(html)?.[1] ?? '';
  const hashes: CspHashes = { script: [], style: [] };
  for (const directive of content.split(';')) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    const found = sources.filter((s) => /^'sha(256|384|512)-[A-Za-z0-9+/=]+'$/.test(s));
    if (name === 'script-src') hashes.script.push(...found);
    if (name === 'style-src') hashes.style.push(...found);
  }
  return hashes;
}

/** The union of several pages' hashes, sorted so the output does not change between builds. */
export function mergeHashes(list: CspHashes[]): CspHashes {
  const script = new Set<string>();
  const style = new Set<string>();
  for (const h of list) {
    h.script.forEach((s) => script.add(s));
    h.style.forEach((s) => style.add(s));
  }
  return { script: [...script].sort(), style: [...style].sort() };
}
