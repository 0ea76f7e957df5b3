/**
 * Two builds of the same commit give the same site, byte for byte: every file in dist/, the
 * search index included. Both builds use the same fixed BUILD_DATE (past events and closed grants
 * depend on the day), as a deployment pipeline would. A difference names the files, so whoever
 * introduced something time- or order-dependent sees where.
 */
import { test, expect } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { walk } from '../../src/lib/walk.ts';

function build(outDir: string): void {
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
    env: { ...process.env, BUILD_DATE: '2026-06-30', ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`Bygget feilet:\n${(result.stdout + result.stderr).slice(-3000)}`);
}

function digest(dir: string): Map<string, string> {
  return new Map(walk(dir).map((f) => [relative(dir, f), createHash('sha256').update(readFileSync(f)).digest('hex')]));
}

test('two builds of the same commit give the same dist/', async () => {
  test.setTimeout(600_000);
  const root = mkdtempSync(join(tmpdir(), 'reproduserbart-'));
  try {
    build(join(root, 'a'));
    build(join(root, 'b'));
    const a = digest(join(root, 'a'));
    const b = digest(join(root, 'b'));
    expect(a.size).toBeGreaterThan(100);
    const differing = [...new Set([...a.keys(), ...b.keys()])].filter((f) => a.get(f) !== b.get(f)).sort();
    expect(differing, `ulike filer:\n${differing.slice(0, 40).join('\n')}`).toEqual([]);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
