/**
 * Collects the CSP hashes Astro wrote into every HTML file of a built site.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { walk } from '../lib/walk.ts';
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
  // Pages only: not the search index, nor build output in folders starting with «_».
  const pages = walk(distDir).filter((file) => {
    const folders = relative(distDir, file).split(sep).slice(0, -1);
    return file.endsWith('.html') && !folders.some((name) => name === 'pagefind' || name.startsWith('_'));
  });
  return mergeHashes(pages.map((file) => hashesInHtml(readStart(file))));
}
