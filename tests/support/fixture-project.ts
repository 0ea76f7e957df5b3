/**
 * Builds a throwaway mini project for the content-check and scaffolder tests: the good fixture
 * (tests/fixtures/content-check/base) with one broken case laid over it.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
export const fixtures = join(projectRoot, 'tests', 'fixtures', 'content-check');

/** A fresh copy of the good fixture, plus the named broken case if given. Call cleanup() when done. */
export function fixtureProject(brokenCase?: string): { root: string; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'innholdssjekk-'));
  cpSync(join(fixtures, 'base'), root, { recursive: true });
  if (brokenCase) cpSync(join(fixtures, 'broken', brokenCase), root, { recursive: true });
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}
