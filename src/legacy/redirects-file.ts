/**
 * dist/_redirects for Netlify and Cloudflare Pages. These hosts cannot look a slug up among the
 * live pages or ignore letter case the way nginx does here, so the file carries what they can do:
 * every inventory row (as written and in lower case, with and without trailing slash), the old
 * www.forebygging.no patterns with placeholders, and for the old hosts (Netlify only, as
 * domain-level rules) each inventory row and a catch-all to the host's hub.
 */
import { mainHost, oldHosts, serverNames } from './hosts.ts';
import type { InventoryRow } from './inventory.ts';
import type { Tables } from './tables.ts';

/** Cloudflare Pages reads at most this many rules of each sort. */
export const limits = { static: 2000, dynamic: 100 };

const withAndWithoutSlash = (path: string) => (path === '' ? ['/'] : [path, `${path}/`]);

export function redirectsFile(tables: Tables, rows: InventoryRow[], origin: string): { text: string; counts: { static: number; dynamic: number } } {
  const lines: string[] = [];
  const seen = new Set<string>();
  const add = (from: string, to: string) => {
    if (seen.has(from)) return;
    seen.add(from);
    // «!» also redirects where a file exists: the static redirect pages sit at these paths.
    lines.push(`${from}  ${to}  301!`);
  };
  const hub = (ruleId: string) => tables.fallback.get(ruleId)!;

  lines.push('# Laget av «npm run build» fra content/legacy-urls.csv og src/legacy/rules.ts. Ikke rediger.', '', '# Gamle adresser på www.forebygging.no');
  for (const row of rows.filter((r) => r.request.host === mainHost)) {
    for (const path of new Set([row.request.path, row.request.path.toLowerCase()])) withAndWithoutSlash(path).forEach((p) => add(p, row.newPath));
  }
  for (const prefix of ['', '/en']) {
    for (const ordbok of ['/ordbok', '/Ordbok']) {
      add(`${prefix}${ordbok}/:band/:term`, '/ordbok/:term/');
    }
  }
  add('/en/*', '/');
  for (const artikler of ['/artikler', '/Artikler']) add(`${artikler}/:year/:slug`, '/artikler/:slug/');
  for (const [section, ruleId] of [['handling', 'fo-handling-rot'], ['skole', 'fo-skole-rot']] as const) {
    add(`/${section}`, hub(ruleId));
    add(`/${section}/*`, hub(ruleId));
  }

  lines.push('', '# De gamle nettstedene (bare Netlify: Cloudflare Pages kan ikke omdirigere andre domener i denne fila)');
  const rootRule: Record<string, string> = {
    'tidligintervensjon.no': 'ti-rot',
    'kommunetorget.no': 'kt-rot',
    'skole.forebygging.no': 'sk-rot',
    'handling.forebygging.no': 'ha-rot',
    'tidliginnsats.forebygging.no': 'tis-rot',
  };
  for (const host of oldHosts) {
    const hostRows = rows.filter((r) => r.request.host === host);
    for (const name of serverNames(host)) {
      for (const scheme of ['https', 'http']) {
        for (const row of hostRows) {
          for (const path of new Set([row.request.path, row.request.path.toLowerCase()])) {
            withAndWithoutSlash(path).forEach((p) => add(`${scheme}://${name}${p}`, `${origin}${row.newPath}`));
          }
        }
        add(`${scheme}://${name}/*`, `${origin}${hub(rootRule[host]!)}`);
      }
    }
  }
  const rules = lines.filter((l) => l && !l.startsWith('#'));
  const dynamic = rules.filter((l) => /[*:]/.test(l.split(/\s+/)[0]!.replace(/^https?:\/\//, ''))).length;
  return { text: `${lines.join('\n')}\n`, counts: { static: rules.length - dynamic, dynamic } };
}
