import type { AstroIntegration } from 'astro';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nginxDir } from '../hosting/header-files.ts';
import { inventoryFile, readInventory } from '../legacy/inventory.ts';
import { livePages } from '../legacy/live.ts';
import { nginxMaps } from '../legacy/nginx-maps.ts';
import { writeRedirectPages } from '../legacy/redirect-pages.ts';
import { limits, redirectsFile } from '../legacy/redirects-file.ts';
import { buildTables } from '../legacy/tables.ts';

/**
 * After the build, writes where old addresses go: dist/_redirects (Netlify, Cloudflare Pages),
 * dist/_nginx/legacy.conf (the nginx maps), and static redirect pages for the old
 * www.forebygging.no addresses. It fails the build if an old address would lead to a page that
 * does not exist. The security headers are written by security-headers.ts.
 */
export default function legacyRedirects(): AstroIntegration {
  let root = '';
  let origin = '';
  return {
    name: 'legacy-redirects',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        if (!config.site) throw new Error('astro.config.mjs må ha «site»: omdirigeringer fra de gamle nettstedene trenger adressen til det nye.');
        origin = new URL(config.site).origin;
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { rows, problems } = readInventory(join(root, inventoryFile));
        if (problems.length > 0) {
          throw new Error(`${inventoryFile} har feil:\n${problems.map((p) => `  linje ${p.line}: ${p.message}`).join('\n')}`);
        }
        const tables = buildTables(livePages(outDir), rows);

        const redirects = redirectsFile(tables, rows, origin);
        writeFileSync(join(outDir, '_redirects'), redirects.text);
        if (redirects.counts.static > limits.static || redirects.counts.dynamic > limits.dynamic) {
          logger.warn(`_redirects har ${redirects.counts.static} faste og ${redirects.counts.dynamic} dynamiske regler; Cloudflare Pages leser bare ${limits.static} og ${limits.dynamic}.`);
        }
        mkdirSync(join(outDir, nginxDir), { recursive: true });
        writeFileSync(join(outDir, nginxDir, 'legacy.conf'), nginxMaps(tables, origin));
        const pages = writeRedirectPages(outDir, rows, origin);
        logger.info(`Gamle adresser: ${rows.length} i ${inventoryFile}, ${tables.rules.length} regler, ${pages.length} omdirigeringssider`);
      },
    },
  };
}
