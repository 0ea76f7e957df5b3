/**
 * The live pages of a built site, and what kind of entry each one is. The kind is read back from
 * the address with the registry's templates (src/collections/paths.ts), so the two cannot drift.
 */
import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { walk } from '../lib/walk.ts';
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

function bySegments(a: string[], b: string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  return a.length - b.length;
}

/** Every page in a built site (each directory with an index.html), redirect pages left out. */
export function livePages(distDir: string): LivePage[] {
  if (!existsSync(distDir)) throw new Error(`Fant ikke det bygde nettstedet i ${distDir}. Kjør «npm run build» først.`);
  // Build output that is not pages: assets, the search index, hosting files.
  const notPages = (top: string) => top.startsWith('_') || top === 'pagefind';
  return walk(distDir)
    .map((file) => relative(distDir, file).split(sep))
    .filter((parts) => parts.at(-1) === 'index.html' && !(parts.length > 1 && notPages(parts[0]!)))
    // Folder by folder, names in sorted order: the order the redirect tables have always had.
    .sort(bySegments)
    .map((parts) => (parts.length === 1 ? '/' : `/${parts.slice(0, -1).join('/')}/`))
    .filter((path) => !isRedirectPage(readStart(join(distDir, path, 'index.html'), 2048)))
    .map((path) => ({ path, ...classify(path) }));
}
