/**
 * Writes the redirect tables as nginx `map` blocks (dist/_nginx/legacy.conf), included by
 * deploy/nginx/nginx.conf in its http block. Each step of resolve.ts becomes one map:
 *
 *   $legacy_host       the request's host without www; anything not old is the new site
 *   $legacy_path       $uri without trailing slashes
 *   $legacy_inventory  the inventory row for host+path
 *   $legacy_live       the live page for a path asked for in other letter case or without «/»
 *   $legacy_hit        «rule|slug» for the first rule that matches host+path
 *   $legacy_found      the live page the slug names, if the rule looks for one
 *   $legacy_words      the slug's words for a search
 *   $legacy_otherwise  the rule's fallback
 *   $legacy_by_rule    found, else fallback
 *   $legacy_target     inventory, else by rule
 *   $legacy_origin     the new site's origin, for redirects that leave an old host
 *
 * nginx compares exact map keys without regard to case and tries them before regular
 * expressions, which it tries in the order written; `~*` makes a regular expression ignore case.
 */
import { oldHosts } from './hosts.ts';
import { maxSearchWords, searchPath, type Rule } from './rules.ts';
import type { Tables } from './tables.ts';

/** nginx quoting: values here never contain quotes or backslash escapes of their own. */
function quote(value: string): string {
  if (/["\n\r]/.test(value) || /\\$/.test(value)) throw new Error(`Kan ikke skrive ${JSON.stringify(value)} i nginx-oppsettet.`);
  return `"${value}"`;
}

/** Characters that would break out of a quoted nginx string or start a variable in a value. */
const safeValue = (value: string) => {
  if (/[$"\s;{}]/.test(value)) throw new Error(`Ugyldig tegn i mål for omdirigering: ${value}`);
  return value;
};

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function block(source: string, variable: string, entries: [string, string][], fallback = '""'): string {
  const lines = entries.map(([key, value]) => `    ${key} ${value};`);
  return [`map ${source} ${variable} {`, `    default ${fallback};`, ...lines, '}', ''].join('\n');
}

const ruleSource = (rule: Rule) =>
  `~*^(?:${rule.hosts.map(escapeRegExp).join('|')})${rule.path.replace('(?<slug>', '(?<legacy_slug>')}$`;

/** Regular expressions that join the first n words of «rule|slug» with «+». */
function wordEntries(): [string, string][] {
  const word = (i: number) => `(?<legacy_w${i}>[a-z0-9]+)`;
  const entries: [string, string][] = [];
  for (let n = 1; n <= maxSearchWords; n++) {
    const words = Array.from({ length: n }, (_, i) => word(i + 1)).join('[^a-z0-9]+');
    const value = Array.from({ length: n }, (_, i) => `$legacy_w${i + 1}`).join('+');
    const rest = n === maxSearchWords ? '(?:[^a-z0-9].*)?' : '[^a-z0-9]*';
    entries.push([quote(`~*^[^|]*\\|[^a-z0-9]*${words}${rest}$`), quote(value)]);
  }
  return entries;
}

/** The text of dist/_nginx/legacy.conf. */
export function nginxMaps(tables: Tables, origin: string): string {
  const hostAlternatives = oldHosts.map(escapeRegExp).join('|');
  const longestKey = Math.max(64, ...[...tables.inventory.keys(), ...tables.found.keys(), ...tables.live.keys()].map((k) => k.length));
  const parts = [
    '# Laget av «npm run build» fra content/legacy-urls.csv, src/legacy/rules.ts og sidene i dist/.',
    '# Ikke rediger: endringer forsvinner ved neste bygg. Tas inn av deploy/nginx/nginx.conf.',
    '',
    // Long inventory keys need bigger hash buckets than nginx's default of 64 bytes.
    `map_hash_bucket_size ${2 ** Math.ceil(Math.log2(longestKey + 32))};`,
    'map_hash_max_size 262144;',
    '',
    block('$host', '$legacy_host', [[quote(`~*^(?:www\\.)?(?<legacy_h>${hostAlternatives})\\.?$`), '$legacy_h']], '"forebygging.no"'),
    block('$uri', '$legacy_path', [[quote('~^(?<legacy_p>.*?)/*$'), '$legacy_p']]),
    block('"$legacy_host$legacy_path"', '$legacy_inventory', [...tables.inventory].map(([k, v]) => [quote(k), quote(safeValue(v))])),
    block('$legacy_path', '$legacy_live', [...tables.live].map(([k, v]) => [quote(k), quote(safeValue(v))])),
    block(
      '"$legacy_host$legacy_path"',
      '$legacy_hit',
      tables.rules.map((rule) => [quote(ruleSource(rule)), quote(rule.path.includes('(?<slug>') ? `${rule.id}|$legacy_slug` : `${rule.id}|`)]),
    ),
    block(
      '$legacy_hit',
      '$legacy_find_key',
      tables.rules.filter((r) => r.find).map((rule) => [quote(`~^${rule.id}\\|(?<legacy_f>.*?)-*$`), quote(`${rule.find}|$legacy_f`)]),
    ),
    block('$legacy_find_key', '$legacy_found', [
      ...[...tables.found].map(([k, v]): [string, string] => [quote(k), quote(safeValue(v))]),
      ...tables.prefixes.map((p): [string, string] => [quote(`~*^${p.finder}\\|${escapeRegExp(p.id)}(?:-|$)`), quote(safeValue(p.path))]),
    ]),
    block('$legacy_hit', '$legacy_words', wordEntries()),
    block(
      '$legacy_hit',
      '$legacy_otherwise',
      tables.rules.map((rule) => [
        quote(`~^${rule.id}\\|`),
        quote('search' in rule.otherwise ? `${searchPath}$legacy_words` : safeValue(tables.fallback.get(rule.id)!)),
      ]),
    ),
    block('$legacy_found', '$legacy_by_rule', [['""', '$legacy_otherwise']], '$legacy_found'),
    block('$legacy_inventory', '$legacy_target', [['""', '$legacy_by_rule']], '$legacy_inventory'),
    block('$host', '$legacy_origin', [], quote(safeValue(origin))),
  ];
  return parts.join('\n');
}
