/**
 * Remembers the last content check that found no errors, so that a build right after
 * `npm run check` on the same files does not check everything again: in CI the check runs first
 * (an editor hears about a mistake within a minute) and the build right after it used to read,
 * parse and validate every file a second time (some 20 s at 10 000 pages). The stamp is keyed on
 * the content files and the code that judges them (every file's path, size and modification time
 * under content/ and src/, and the lockfile), so any change there runs the check again.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { walk } from '../lib/walk.ts';

export interface CheckStamp {
  fingerprint: string;
  files: number;
  /** The check's report when it had warnings, to show again; warnings never stop a build. */
  warnings?: string;
}

/** Beside Astro's own cache (astro.config.mjs, cacheDir), which CI keeps between runs. */
const stampFile = (root: string) => join(root, '.cache', 'innholdssjekk.json');

/** The files that decide the check's result, as one hash of their paths, sizes and times. */
export function checkFingerprint(root: string): string {
  const hash = createHash('sha256');
  const files = [...walk(join(root, 'content')), ...walk(join(root, 'src')), join(root, 'package-lock.json')].sort();
  for (const file of files) {
    let stat;
    try {
      stat = statSync(file);
    } catch {
      continue;
    }
    hash.update(`${relative(root, file)}\0${stat.size}\0${stat.mtimeMs}\n`);
  }
  return hash.digest('hex');
}

/** The stamp of the last clean check, if the files are still the same. */
export function cleanCheckFor(root: string, fingerprint: string): CheckStamp | undefined {
  try {
    const stamp = JSON.parse(readFileSync(stampFile(root), 'utf8')) as CheckStamp;
    return stamp.fingerprint === fingerprint ? stamp : undefined;
  } catch {
    return undefined;
  }
}

/** Records a check that found no errors. A stamp that cannot be written only costs a second check. */
export function recordCleanCheck(root: string, stamp: CheckStamp): void {
  try {
    mkdirSync(join(stampFile(root), '..'), { recursive: true });
    writeFileSync(stampFile(root), JSON.stringify(stamp));
  } catch {
    // A folder that cannot be written: the build checks again, as before.
  }
}

/** Forgets the last clean check, so the next build checks everything (a benchmark's cold build). */
export function forgetCleanCheck(root: string): void {
  rmSync(stampFile(root), { force: true });
}
