/** Reads the built site from disk, for tests that check every page without a browser. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const distDir = 'dist';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

export interface BuiltPage {
  /** Address of the page, such as /artikler/x/. */
  path: string;
  html: string;
}

/** Every HTML page in dist/, except Pagefind's, redirect stubs and the editor at /admin/ (not a reading page). */
export function builtPages(): BuiltPage[] {
  return walk(distDir)
    .filter((f) => f.endsWith('.html') && !f.includes(`${distDir}/pagefind/`))
    .map((f) => ({ path: `/${relative(distDir, f).replace(/index\.html$/, '').replace(/\\/g, '/')}`, html: readFileSync(f, 'utf8') }))
    .filter((p) => !/<meta http-equiv="refresh"/i.test(p.html) && !p.path.startsWith('/admin/'));
}
