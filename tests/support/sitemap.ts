/** The addresses the built site lists in its sitemap, as paths (/artikler/x/), read from dist/. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!.trim());

export function sitemapPaths(distDir = 'dist'): string[] {
  const index = join(distDir, 'sitemap-index.xml');
  if (!existsSync(index)) throw new Error(`Fant ikke ${index}. Bygg nettstedet først med «npm run build».`);
  const paths = locs(readFileSync(index, 'utf8')).flatMap((sitemap) => {
    const file = join(distDir, new URL(sitemap).pathname);
    return locs(readFileSync(file, 'utf8')).map((url) => new URL(url).pathname);
  });
  return [...new Set(paths)].sort();
}
