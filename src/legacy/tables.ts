/**
 * The lookup tables that redirects are answered from, built once from the live pages, the
 * inventory and the rules. The TypeScript resolver reads them directly and nginx-maps.ts writes
 * them out for nginx, so both answer every address the same way.
 */
import { mainHost } from './hosts.ts';
import type { InventoryRow } from './inventory.ts';
import type { LivePage } from './live.ts';
import { finders, rules, type FinderName, type Rule } from './rules.ts';

export interface PrefixEntry {
  finder: FinderName;
  /** The id variant that must begin the slug, followed by a hyphen or nothing. */
  id: string;
  path: string;
}

export interface Tables {
  /** Inventory: table key (lower case) → new path. */
  inventory: Map<string, string>;
  /** Live pages on the main host: path without trailing slash, lower case → the page's path. */
  live: Map<string, string>;
  /** Slug lookups: «finder|slug» in lower case → page path. */
  found: Map<string, string>;
  /** Lookups by the start of the slug, longest id first. */
  prefixes: PrefixEntry[];
  /** Each rule's fixed fallback, resolved to the first live page of its list. */
  fallback: Map<string, string>;
  rules: Rule[];
}

/**
 * The spellings an old address may have used for a new id. EPiServer wrote æ as «a» (the old
 * «laringsaktiviteter») where the new ids write «ae» («laeringsnettverk»); ø and å come out the
 * same («o», «a») in both.
 */
export function idVariants(id: string): string[] {
  return [...new Set([id, id.replace(/ae/g, 'a')])];
}

/** The path of a page to compare with a table path: without the query. */
export const pathOnly = (target: string): string => target.replace(/[?#].*$/, '');

export class TableError extends Error {}

export function buildTables(pages: LivePage[], inventory: InventoryRow[], ruleList: Rule[] = rules): Tables {
  const livePaths = new Set(pages.map((p) => p.path));
  const live = new Map<string, string>();
  for (const { path } of pages) if (path !== '/') live.set(path.replace(/\/$/, '').toLowerCase(), path);

  const found = new Map<string, string>();
  const prefixes: PrefixEntry[] = [];
  for (const [name, finder] of Object.entries(finders) as [FinderName, (typeof finders)[FinderName]][]) {
    for (const kind of finder.kinds) {
      for (const page of pages) {
        if (page.kind !== kind || !page.id) continue;
        for (const variant of idVariants(page.id)) {
          const key = `${name}|${variant}`;
          if (!found.has(key)) found.set(key, page.path);
          if ('prefix' in finder && finder.prefix) prefixes.push({ finder: name, id: variant, path: page.path });
        }
      }
    }
  }
  prefixes.sort((a, b) => b.id.length - a.id.length || a.id.localeCompare(b.id));

  const problems: string[] = [];
  const fallback = new Map<string, string>();
  for (const rule of ruleList) {
    if (!('go' in rule.otherwise)) continue;
    const target = rule.otherwise.go.find((p) => livePaths.has(p));
    if (target) fallback.set(rule.id, target);
    else problems.push(`Regel «${rule.id}» i src/legacy/rules.ts: ingen av sidene ${rule.otherwise.go.join(', ')} finnes.`);
  }

  const inventoryMap = new Map<string, string>();
  for (const row of inventory) {
    const where = `content/legacy-urls.csv linje ${row.line}`;
    if (!livePaths.has(pathOnly(row.newPath))) {
      problems.push(`${where}: ${row.newPath} finnes ikke på nettstedet. Rett stien eller lag siden.`);
      continue;
    }
    if (row.request.host === mainHost && (row.request.path === '' || live.has(row.request.path.toLowerCase()))) {
      problems.push(`${where}: ${row.oldUrl} er en side på det nye nettstedet. En omdirigering herfra ville skjule den.`);
      continue;
    }
    inventoryMap.set(row.key, row.newPath);
  }
  if (problems.length > 0) throw new TableError(`Gamle adresser kan ikke sendes videre:\n  ${problems.join('\n  ')}`);
  return { inventory: inventoryMap, live, found, prefixes, fallback, rules: ruleList };
}
