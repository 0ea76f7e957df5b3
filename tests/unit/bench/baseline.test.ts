/**
 * The floor the site is measured against stays plain Astro + MDX for every entry: the baseline's
 * copy of the content holds the same text as the site's, every body file an .mdx, even where the
 * site writes .md (scripts/bench/baseline.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from '../../../scripts/bench/corpus.ts';
import { prepareBaseline } from '../../../scripts/bench/baseline.ts';
import { projectRoot } from '../../support/fixture-project.ts';

test('the baseline builds every entry of the site\'s corpus as MDX, over the identical text', () => {
  const site = mkdtempSync(join(tmpdir(), 'gulv-nettsted-'));
  const floor = mkdtempSync(join(tmpdir(), 'gulv-'));
  try {
    generateCorpus(site, 120);
    prepareBaseline(projectRoot, join(site, 'content'), floor);
    const bodies = (dir: string) => (readdirSync(join(dir, 'content'), { recursive: true }) as string[]).filter((f) => /\.mdx?$/.test(f)).sort();
    const siteFiles = bodies(site);
    assert.ok(siteFiles.some((f) => f.endsWith('.md')), 'the site writes Markdown');
    assert.deepEqual(bodies(floor), siteFiles.map((f) => (f.endsWith('.md') ? `${f}x` : f)).sort());
    for (const f of siteFiles) {
      assert.equal(readFileSync(join(floor, 'content', f.endsWith('.md') ? `${f}x` : f), 'utf8'), readFileSync(join(site, 'content', f), 'utf8'), f);
    }
  } finally {
    rmSync(site, { recursive: true, force: true });
    rmSync(floor, { recursive: true, force: true });
  }
});
