/**
 * The benchmark's synthetic pages must pass the same content check as real pages (schemas,
 * references, body checks), or `npm run bench` fails long into a run. The benchmark is too slow
 * for CI, so this small corpus stands in for it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from '../../../scripts/bench/corpus.ts';
import { checkContent } from '../../../src/check/validate.ts';
import { checksBeyondSchema } from '../../../src/check/all-checks.ts';

test('a synthetic corpus of 300 pages passes the content check, a quarter of it nynorsk, Markdown but for the chapters', () => {
  const root = mkdtempSync(join(tmpdir(), 'korpus-'));
  try {
    const summary = generateCorpus(root, 300);
    assert.equal(summary.pages, 300);
    assert.equal(summary.nynorsk, 75);
    const words = summary.words / summary.pages;
    assert.ok(words > 300 && words < 800, `ord per side: ${words}`);
    const result = checkContent(root, checksBeyondSchema);
    assert.deepEqual(result.problems.slice(0, 5), []);
    assert.ok(result.files >= 300);
    // As editors write them: only guideline chapters, whose bodies use <Anbefaling>, are MDX.
    const files = readdirSync(join(root, 'content'), { recursive: true }) as string[];
    const mdx = files.filter((f) => f.endsWith('.mdx'));
    assert.ok(mdx.length > 0, 'chapters are MDX');
    assert.deepEqual(mdx.filter((f) => !/^veiledere\/[^/]+\/[^/]+\.mdx$/.test(f)), []);
    assert.equal(files.filter((f) => f.endsWith('.md')).length + mdx.length, summary.pages + 4, 'the rest, and the standalone pages, are .md');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('the same size always gives the same corpus', () => {
  const a = mkdtempSync(join(tmpdir(), 'korpus-a-'));
  const b = mkdtempSync(join(tmpdir(), 'korpus-b-'));
  try {
    generateCorpus(a, 120);
    generateCorpus(b, 120);
    const list = (dir: string) => (readdirSync(join(dir, 'content'), { recursive: true }) as string[]).sort();
    assert.deepEqual(list(a), list(b));
  } finally {
    rmSync(a, { recursive: true, force: true });
    rmSync(b, { recursive: true, force: true });
  }
});
