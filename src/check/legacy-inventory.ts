/**
 * The list of old addresses (content/legacy-urls.csv) is content editors change too, so `npm run
 * check` reads it like the rest: every row must parse, and every new path must be a page the site
 * will have. Before this, a mistake there was only found when the build stopped at the end.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentProblem } from './problem.ts';
import { inventoryFile, parseInventory } from '../legacy/inventory.ts';
import type { ContentFile } from './files.ts';
import { closest } from './closest.ts';
import { sitePaths } from './site-paths.ts';

export function checkLegacyInventory(files: ContentFile[], root: string): ContentProblem[] {
  const path = join(root, inventoryFile);
  if (!existsSync(path)) return [];
  const { rows, problems } = parseInventory(readFileSync(path, 'utf8'));
  const out: ContentProblem[] = problems.map((p) => ({ file: inventoryFile, line: p.line, field: '(linje)', message: p.message }));
  const paths = sitePaths(files);
  for (const row of rows) {
    // A search (/sok/?q=…) or an anchor is fine, as long as the page itself exists.
    const page = row.newPath.replace(/[?#].*$/, '');
    if (paths.has(page)) continue;
    const guess = closest(page, paths)[0];
    const hint = guess ? ` Mente du «${guess}»?` : ' Skriv adressen til en side som finnes, med skråstrek til slutt.';
    out.push({ file: inventoryFile, line: row.line, field: 'new_path', message: `«${row.newPath}» er ikke en side på nettstedet.${hint}` });
  }
  return out;
}
