/**
 * The complete example in CONTRIBUTING.md is what editors copy. Every line they must change is
 * marked «BYTT UT», and the check refuses each marked line, so another municipality's data cannot
 * be published by accident; once the markers are gone, the example passes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContent } from '../../../src/check/validate.ts';
import { checksBeyondSchema } from '../../../src/check/all-checks.ts';
import { projectRoot } from '../../support/fixture-project.ts';

const guide = readFileSync(join(projectRoot, 'CONTRIBUTING.md'), 'utf8');
const example = /````md\n([\s\S]*?)````/.exec(guide)?.[1] ?? '';
const target = 'content/praksis/eksempel-fra-veiledningen.md';

/** The check's problems for the example written as the given text. */
function problemsFor(text: string) {
  const root = mkdtempSync(join(tmpdir(), 'veiledning-'));
  try {
    // The real topics, organisations and tools, which the example refers to.
    for (const folder of ['tema', 'organisasjoner', 'verktoy', 'praksis']) cpSync(join(projectRoot, 'content', folder), join(root, 'content', folder), { recursive: true });
    writeFileSync(join(root, target), text);
    return checkContent(root, checksBeyondSchema).problems.filter((p) => p.file === target);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

test('the copied example is refused on every line marked BYTT UT', () => {
  assert.ok(example, 'CONTRIBUTING.md has a ````md block');
  const marked = example.split('\n').flatMap((line, index) => (line.includes('BYTT UT') ? [index + 1] : []));
  assert.ok(marked.length >= 20, `the example marks the lines to change (found ${marked.length})`);
  const problems = problemsFor(example);
  assert.deepEqual(problems.map((p) => p.line), marked, 'one problem per marked line, on that line');
  for (const p of problems) assert.match(p.message, /merket «BYTT UT» og kommer fra eksempelet i veiledningen/);
});

test('with the markers removed, the example passes npm run check', () => {
  const filled = example.replace(/\s+# BYTT UT.*$/gm, '').replace(/ <!-- BYTT UT -->/g, '');
  assert.doesNotMatch(filled, /BYTT UT/);
  assert.deepEqual(problemsFor(filled), []);
});
