/**
 * Collects the CSP hashes Astro wrote into every HTML file of a built site.
 */
import { closeSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { hashesInHtml, mergeHashes } from './csp-hashes.ts';
import type { CspHashes } from './security-headers.ts';

/** The start of a file: Astro writes the meta policy early in <head>. */
export function readStart(file: string, bytes = 8192): string {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const read = readSync(fd, buffer, 0, bytes, 0);
    return buffer.subarray(0, read).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

export function siteHashes(distDir: string): CspHashes {
  const found: CspHashes[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        if (name !== 'pagefind' && !name.startsWith('_')) walk(full);
      } else if (name.endsWith('.html')) {
        found.push(hashesInHtml(readStart(full)));
      }
    }
  };
  walk(distDir);
  return mergeHashes(found);
}
