/**
 * Static redirect pages for the old www.forebygging.no addresses in the inventory, so that they
 * still lead somewhere on a host that cannot redirect (GitHub Pages, a plain file server): an
 * index.html at the old path, in its own letter case and in lower case, that sends the browser on
 * with <meta http-equiv="refresh"> and also shows a link. No script, so the site's CSP holds.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mainHost } from './hosts.ts';
import type { InventoryRow } from './inventory.ts';
import { pathOnly } from './tables.ts';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The target page's own title, without the site name, to name the link. */
function titleOf(distDir: string, target: string): string {
  const file = join(distDir, pathOnly(target), 'index.html');
  const title = existsSync(file) ? /<title>([^<]*)<\/title>/.exec(readFileSync(file, 'utf8'))?.[1] : undefined;
  return title ? title.replace(/\s+–\s+[^–]*$/, '').trim() : 'den nye siden';
}

export function redirectPage(target: string, title: string, origin: string): string {
  const href = escapeHtml(target);
  return `<!doctype html>
<html lang="nb">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<meta http-equiv="refresh" content="0; url=${href}">
<link rel="canonical" href="${escapeHtml(origin + target)}">
<title>Siden har flyttet – Forebygging.no</title>
</head>
<body>
<main>
<h1>Siden har flyttet</h1>
<p>Innholdet finner du nå her: <a href="${href}">${escapeHtml(title)}</a>.</p>
</main>
</body>
</html>
`;
}

/** Writes the pages; returns the paths written. Never overwrites a page the build made. */
export function writeRedirectPages(distDir: string, rows: InventoryRow[], origin: string): string[] {
  const written: string[] = [];
  for (const row of rows) {
    if (row.request.host !== mainHost || row.request.path === '') continue;
    const html = redirectPage(row.newPath, titleOf(distDir, row.newPath), origin);
    for (const path of new Set([row.request.path, row.request.path.toLowerCase()])) {
      const dir = join(distDir, path);
      const file = join(dir, 'index.html');
      if (existsSync(file) && !/<meta http-equiv="refresh"/.test(readFileSync(file, 'utf8'))) continue;
      mkdirSync(dir, { recursive: true });
      writeFileSync(file, html);
      written.push(`${path}/`);
    }
  }
  return written;
}
