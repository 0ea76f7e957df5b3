/**
 * The live pages of a built site, and what kind of entry each one is. The kind is read back from
 * the address with the same templates src/lib/paths.ts uses to make it, so the two cannot drift.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { countyIndexPath, pathFor, type EntryKind } from '../lib/paths.ts';
import { readStart } from '../hosting/site-hashes.ts';

export interface LivePage {
  /** The page's address, with trailing slash. */
  path: string;
  kind?: EntryKind;
  /** The entry's own id (the last part for chapters and plan steps). */
  id?: string;
}

const nested: EntryKind[] = ['chapters', 'planSteps'];
// Questions live under /planlegging/sporsmal-og-svar/<id>/, which the plan-step template also
// matches, so they are tried first.
const order: EntryKind[] = [
  'questions', 'articles', 'practice', 'guidelines', 'chapters', 'planGuides', 'planSteps', 'tools',
  'topics', 'glossary', 'news', 'events', 'grants', 'pages',
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const templates = order.map((kind) => {
  const sample = pathFor(kind, nested.includes(kind) ? '\u0001/\u0002' : '\u0002');
  const source = escape(sample).replace('\u0001', '[a-z0-9-]+').replace('\u0002', '([a-z0-9-]+)');
  return { kind, pattern: new RegExp(`^${source}$`) };
});

/** The kind and id of the entry at a path, if the path is an entry's address. */
export function classify(path: string): { kind: EntryKind; id: string } | undefined {
  // The early-intervention hub is a page with an address of its own.
  if (path === pathFor('pages', 'tidlig-intervensjon')) return { kind: 'pages', id: 'tidlig-intervensjon' };
  // The county overview and county pages sit under /praksis/ but are not practice examples.
  if (path.startsWith(countyIndexPath)) return undefined;
  for (const { kind, pattern } of templates) {
    const id = pattern.exec(path)?.[1];
    if (id) return { kind, id };
  }
  return undefined;
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
