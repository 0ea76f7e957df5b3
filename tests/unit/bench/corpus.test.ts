/**
 * The benchmark's synthetic pages must pass the same content check as real pages (schemas,
 * references, body checks), or `npm run bench` fails long into a run. The benchmark is too slow
 * for CI, so this small corpus stands in for it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from '../../../scripts/bench/corpus.ts';
import { wordsOf } from '../../../scripts/bench/document-shares.ts';
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

test('a topical corpus puts a subject word on about as many pages as the real site does, where word salad spreads it', () => {
  const real = join(import.meta.dirname, '..', '..', '..', 'content');
  const salad = mkdtempSync(join(tmpdir(), 'korpus-salat-'));
  const topical = mkdtempSync(join(tmpdir(), 'korpus-tema-'));
  try {
    for (const root of [salad, topical]) cpSync(real, join(root, 'content'), { recursive: true });
    assert.equal(generateCorpus(salad, 400).topical, false);
    assert.equal(generateCorpus(topical, 400, { topical: true }).topical, true);
    const realFiles = pageFiles(real);
    const synthetic = (root: string) => pageFiles(join(root, 'content')).filter((file) => !realFiles.includes(file)).map((file) => fileWords(join(root, 'content', file)));
    const realPages = realFiles.map((file) => fileWords(join(real, file)));
    const share = (pages: Set<string>[], word: string) => pages.filter((words) => words.has(word)).length / pages.length;
    // Words some of the site's pages are about (on 10–25 % of them); word salad puts each on about three times as many.
    for (const word of ['medvirkning', 'skolen', 'veilederen']) {
      const onReal = share(realPages, word);
      const inSalad = share(synthetic(salad), word);
      const inTopical = share(synthetic(topical), word);
      assert.ok(inSalad > 2 * onReal, `${word}: på ${inSalad} av sidene i ordsalaten, ${onReal} av de ekte`);
      assert.ok(inTopical > onReal / 2 && inTopical < 1.6 * onReal, `${word}: på ${inTopical} av sidene i det tematiske korpuset, ${onReal} av de ekte`);
    }
    const result = checkContent(topical, checksBeyondSchema);
    assert.deepEqual(result.problems.slice(0, 5), []);
  } finally {
    rmSync(salad, { recursive: true, force: true });
    rmSync(topical, { recursive: true, force: true });
  }
});

/** The .md and .mdx files under a content folder, relative to it. */
const pageFiles = (contentDir: string): string[] => (readdirSync(contentDir, { recursive: true }) as string[]).filter((file) => /\.mdx?$/.test(file));

/** A page file's words, each once. */
const fileWords = (file: string): Set<string> => wordsOf(readFileSync(file, 'utf8'));
