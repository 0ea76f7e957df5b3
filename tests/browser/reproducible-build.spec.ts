/**
 * Two builds of the same commit give the same site, byte for byte: every file in dist/, the
 * search index included. Both builds use the same fixed BUILD_DATE (past events and closed grants
 * depend on the day), as a deployment pipeline would. A difference names the files, so whoever
 * introduced something time- or order-dependent sees where.
 */
import { test, expect } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildInto, differingFiles, digest } from '../support/built-site.ts';

test('two builds of the same commit give the same dist/', async () => {
  test.setTimeout(600_000);
  const root = mkdtempSync(join(tmpdir(), 'reproduserbart-'));
  try {
    buildInto(join(root, 'a'));
    buildInto(join(root, 'b'));
    const a = digest(join(root, 'a'));
    const b = digest(join(root, 'b'));
    expect(a.size).toBeGreaterThan(100);
    const differing = differingFiles(a, b);
    expect(differing, `ulike filer:\n${differing.slice(0, 40).join('\n')}`).toEqual([]);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
