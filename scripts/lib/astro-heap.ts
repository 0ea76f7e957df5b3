/**
 * How much JavaScript heap Astro's build process may use. Left alone, V8 lets the heap grow
 * towards its default ceiling (about 4 GiB here) before it collects hard, so at 10 000 pages
 * Astro's process held 3.4–4.1 GiB although the heap it actually needs is below 1 GiB: the build
 * finished with a 1 GiB ceiling too. With 1.5 GiB the process stayed at 2.4 GiB (the rest is
 * Rolldown's, sharp's and Node's own memory outside the heap), with 2 GiB at 2.9 GiB, neither
 * slower. The ceiling grows with the content by 0.15 MB per file, nearly twice the
 * 0.085 MB per file that 1 GiB for some 12 000 files shows, so a bigger archive gets room before
 * it needs it. See docs/performance.md, «Runde 4».
 */
import { walk } from '../../src/lib/walk.ts';
import { join } from 'node:path';

/** MiB; never lower than what 10 000 pages were measured to build well with. */
const floorMiB = 1536;
const perFileMiB = 0.15;

export function heapLimitMiB(contentFiles: number): number {
  return Math.max(floorMiB, Math.ceil(contentFiles * perFileMiB));
}

/**
 * The Node flag for Astro's process, unless whoever runs the build has set a ceiling of their own
 * in NODE_OPTIONS (theirs wins).
 */
export function astroHeapArgs(root: string, nodeOptions = process.env.NODE_OPTIONS ?? ''): string[] {
  if (/--max-old-space-size/.test(nodeOptions)) return [];
  return [`--max-old-space-size=${heapLimitMiB(walk(join(root, 'content')).length)}`];
}
