/**
 * Reads the built site (dist/) from disk: the one reader that tests, the benchmark and the
 * measurement scripts share. Files are found with src/lib/walk.ts.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { walk } from '../../src/lib/walk.ts';

export const distDir = 'dist';

export interface BuiltPage {
  /** Address of the page, such as /artikler/x/ (or /404.html). */
  path: string;
  /** The file on disk. */
  file: string;
  html: string;
}

/** Every HTML page of a built site, except Pagefind's, redirect stubs and the editor at /admin/ (not a reading page). */
export function builtPages(dir = distDir): BuiltPage[] {
  return walk(dir)
    .filter((f) => f.endsWith('.html') && !relative(dir, f).startsWith('pagefind'))
    .map((file) => ({ file, html: readFileSync(file, 'utf8'), path: `/${relative(dir, file).replace(/\\/g, '/').replace(/index\.html$/, '')}` }))
    .filter((p) => !/<meta http-equiv="refresh"/i.test(p.html) && !p.path.startsWith('/admin/'));
}
