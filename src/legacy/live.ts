/**
 * The live pages of a built site, and what kind of entry each one is. The kind is read back from
 * the address with the registry's templates (src/collections/paths.ts), so the two cannot drift.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { classify, type PageName } from '../collections/paths.ts';
import { readStart } from '../hosting/site-hashes.ts';

export interface LivePage {
  /** The page's address, with trailing slash. */
  path: string;
  kind?: PageName;
  /** The entry's own id (the last part for chapters and plan steps). */
  id?: string;
}

/** A page the build wrote only to send an old address on (see redirect-pages.ts). */
export const isRedirectPage = (html: string): boolean => /<meta http-equiv="refresh"/i.test(html.slice(0, 2048));

/** Every page in a built site (each directory with an index.html), redirect pages left out. */
export function livePages(distDir: string): LivePage[] {
  if (!existsSync(distDir)) throw new Error(`Fant ikke det bygde nettstedet i ${distDir}. Kjør «npm run build» først.`);
  const pages: LivePage[] = [];
  const walk = (dir: string, path: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        // Build output that is not pages: assets, the search index, hosting files.
        if (path === '/' && (name.startsWith('_') || name === 'pagefind')) continue;
        walk(full, `${path}${name}/`);
      } else if (name === 'index.html' && !isRedirectPage(readStart(full, 2048))) {
        pages.push({ path, ...classify(path) });
      }
    }
  };
  walk(distDir, '/');
  return pages;
}
