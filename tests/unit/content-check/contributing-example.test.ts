/** The complete example in CONTRIBUTING.md is what editors copy: it must pass the check as it stands. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContent } from '../../../src/check/validate.ts';
import { bodyChecks } from '../../../src/check/body.ts';
import { projectRoot } from '../../support/fixture-project.ts';

test('the complete practice example in CONTRIBUTING.md passes npm run check', () => {
  const guide = readFileSync(join(projectRoot, 'CONTRIBUTING.md'), 'utf8');
  const example = /````mdx\n([\s\S]*?)````/.exec(guide)?.[1];
  assert.ok(example, 'CONTRIBUTING.md has a ````mdx block');
  const root = mkdtempSync(join(tmpdir(), 'veiledning-'));
  try {
    // The real topics, organisations and tools, which the example refers to.
    for (const folder of ['tema', 'organisasjoner', 'verktoy']) cpSync(join(projectRoot, 'content', folder), join(root, 'content', folder), { recursive: true });
    cpSync(join(projectRoot, 'content', 'praksis'), join(root, 'content', 'praksis'), { recursive: true });
    writeFileSync(join(root, 'content', 'praksis', 'eksempel-fra-veiledningen.mdx'), example);
    const problems = checkContent(root, bodyChecks).problems.filter((p) => p.file === 'content/praksis/eksempel-fra-veiledningen.mdx');
    assert.deepEqual(problems, []);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
