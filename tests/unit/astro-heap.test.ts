/**
 * Astro's heap ceiling (scripts/lib/astro-heap.ts): a maintainer who sets their own in NODE_OPTIONS
 * keeps it, and a bigger archive gets a higher ceiling rather than a build that runs out.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { astroHeapArgs, heapLimitMiB } from '../../scripts/lib/astro-heap.ts';
import { projectRoot } from '../support/fixture-project.ts';

test('the ceiling grows with the content and never drops below what 10 000 pages need', () => {
  assert.equal(heapLimitMiB(200), heapLimitMiB(10_000));
  assert.ok(heapLimitMiB(40_000) > heapLimitMiB(10_000));
});

test('a ceiling set in NODE_OPTIONS wins over the build\'s own', () => {
  assert.deepEqual(astroHeapArgs(projectRoot, '--max-old-space-size=6000'), []);
  assert.match(astroHeapArgs(projectRoot, '--enable-source-maps').join(' '), /^--max-old-space-size=\d+$/);
});
