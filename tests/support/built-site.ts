/**
 * Building the site into a folder of its own and comparing two builds file by file: what the
 * reproducible-build and incremental-build tests share. Builds use a fixed BUILD_DATE (past events
 * and closed grants depend on the day), as a deployment pipeline would.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { walk } from '../../src/lib/walk.ts';
import { projectRoot } from './fixture-project.ts';

/** Builds the project in `cwd` (the repository unless given) into `outDir`; returns Astro's log. */
export function buildInto(outDir: string, cwd = projectRoot): string {
  const result = spawnSync(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
    cwd,
    env: { ...process.env, BUILD_DATE: '2026-06-30', ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const log = result.stdout + result.stderr;
  if (result.status !== 0) throw new Error(`Bygget feilet:\n${log.slice(-3000)}`);
  return log;
}

/** Every file under `dir` by its path inside it, with a hash of its bytes. */
export function digest(dir: string): Map<string, string> {
  return new Map(walk(dir).map((f) => [relative(dir, f), createHash('sha256').update(readFileSync(f)).digest('hex')]));
}

/** The paths that differ between two digests, or are in only one of them, sorted. */
export const differingFiles = (a: Map<string, string>, b: Map<string, string>): string[] =>
  [...new Set([...a.keys(), ...b.keys()])].filter((f) => a.get(f) !== b.get(f)).sort();
