/**
 * What the site answers for an address, worked out from the tables the way nginx does it
 * (deploy/nginx/nginx.conf): the reference the tests hold nginx to, and what the static redirect
 * pages and _redirects are made from.
 *
 * On the new site's own host: an inventory address is redirected before anything else (a static
 * redirect page may sit at that path); a live page is served; a live page asked for in other
 * letter case or without its trailing slash is redirected to its address; then the rules; then
 * the 404 page. On an old host, everything is redirected: inventory first, then the rules.
 */
import { mainHost } from './hosts.ts';
import { keyOf, type LegacyRequest } from './normalise.ts';
import { ruleRegExp, searchPath, searchWords, type Rule } from './rules.ts';
import type { Tables } from './tables.ts';

export type Answer =
  | { status: 200 }
  | { status: 301; location: string; why: string }
  | { status: 404 };

/** The slug with its trailing hyphens dropped, as the lookup tables key it. */
const lookupSlug = (slug: string) => slug.replace(/-+$/, '').toLowerCase();

/** The target a rule gives for a path it matched. */
export function ruleTarget(tables: Tables, rule: Rule, slug: string): string {
  if (rule.find) {
    const key = `${rule.find}|${lookupSlug(slug)}`;
    const exact = tables.found.get(key);
    if (exact) return exact;
    const s = lookupSlug(slug);
    const prefix = tables.prefixes.find((p) => p.finder === rule.find && (s === p.id || s.startsWith(`${p.id}-`)));
    if (prefix) return prefix.path;
  }
  return 'search' in rule.otherwise ? `${searchPath}${searchWords(slug)}` : tables.fallback.get(rule.id)!;
}

/** The first rule matching a request, with its target. */
export function byRule(tables: Tables, request: LegacyRequest): { rule: Rule; target: string } | undefined {
  const subject = `${request.host}${request.path}`;
  for (const rule of tables.rules) {
    const match = ruleRegExp(rule).exec(subject);
    if (match) return { rule, target: ruleTarget(tables, rule, match.groups?.['slug'] ?? '') };
  }
  return undefined;
}

/**
 * The answer for a request. `rawPath` is the path as asked (with or without trailing slash), to
 * tell a live page from the same page asked for another way. `origin` prefixes redirects from old
 * hosts, which leave for the new site's host.
 */
export function resolve(tables: Tables, request: LegacyRequest, rawPath: string, origin: string): Answer {
  const onMain = request.host === mainHost;
  const to = (path: string, why: string): Answer => ({ status: 301, location: onMain ? path : `${origin}${path}`, why });
  const inventory = tables.inventory.get(keyOf(request));
  if (inventory) return to(inventory, 'inventory');
  if (onMain) {
    const page = tables.live.get(request.path.toLowerCase());
    if (page === rawPath || request.path === '') return { status: 200 };
    if (page) return to(page, 'live');
  }
  const hit = byRule(tables, request);
  if (hit) return to(hit.target, hit.rule.id);
  return onMain ? { status: 404 } : to('/', 'none');
}
